package net.sellmeapen.language;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * What a sentence does, as a probability for each label: multinomial logistic regression over the
 * sentence's meaning vector and its {@link TextFeatures}. The weights are trained from a labelled
 * corpus by {@link IntentTraining} and shipped as a resource; reading them back gives the same
 * predictions on every machine.
 */
public final class IntentClassifier {

    private static final String MAGIC = "sellmeapen-intents-1";

    private final List<String> labels;
    private final String corpusDigest;
    private final int dimensions;
    private final TextFeatures features;
    private final float[][] dense;
    private final float[][] sparse;
    private final float[] bias;

    IntentClassifier(List<String> labels, String corpusDigest, int dimensions, int bits, float[][] dense,
            float[][] sparse, float[] bias) {
        this.labels = List.copyOf(labels);
        this.corpusDigest = corpusDigest;
        this.dimensions = dimensions;
        this.features = new TextFeatures(bits);
        this.dense = dense;
        this.sparse = sparse;
        this.bias = bias;
    }

    /** The labels, in the order of the probabilities {@link #probabilities} returns. */
    public List<String> labels() {
        return labels;
    }

    /** SHA-256 of the corpus the weights were trained on, so a stale model can be noticed. */
    public String corpusDigest() {
        return corpusDigest;
    }

    /** The probability of each label for a text and its meaning vector; they sum to 1. */
    public double[] probabilities(String text, float[] vector) {
        return softmax(logits(vector, features.of(text), dense, sparse, bias));
    }

    static double[] logits(float[] vector, TextFeatures.Sparse x, float[][] dense, float[][] sparse, float[] bias) {
        double[] logits = new double[bias.length];
        for (int c = 0; c < bias.length; c++) {
            double sum = bias[c];
            float[] row = dense[c];
            for (int d = 0; d < row.length; d++) {
                sum += row[d] * vector[d];
            }
            float[] slots = sparse[c];
            for (int i = 0; i < x.slots().length; i++) {
                sum += slots[x.slots()[i]] * x.values()[i];
            }
            logits[c] = sum;
        }
        return logits;
    }

    static double[] softmax(double[] logits) {
        double max = Arrays.stream(logits).max().orElse(0);
        double total = 0;
        double[] p = new double[logits.length];
        for (int i = 0; i < logits.length; i++) {
            p[i] = Math.exp(logits[i] - max);
            total += p[i];
        }
        for (int i = 0; i < p.length; i++) {
            p[i] /= total;
        }
        return p;
    }

    /** Writes the weights, compressed (slots no example ever set stay zero and cost nearly nothing). */
    public void write(OutputStream target) throws IOException {
        try (DataOutputStream out = new DataOutputStream(new GZIPOutputStream(target))) {
            out.writeUTF(MAGIC);
            out.writeUTF(corpusDigest);
            out.writeInt(labels.size());
            for (String label : labels) {
                out.writeUTF(label);
            }
            out.writeInt(dimensions);
            out.writeInt(Integer.numberOfTrailingZeros(features.size()));
            for (int c = 0; c < labels.size(); c++) {
                out.writeFloat(bias[c]);
                for (float w : dense[c]) {
                    out.writeFloat(w);
                }
                for (float w : sparse[c]) {
                    out.writeFloat(w);
                }
            }
        }
    }

    /** The classifier stored in a classpath resource by {@link #write}. */
    public static IntentClassifier load(String resource) {
        try (InputStream in = IntentClassifier.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("intent model " + resource + " is missing");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("intent model " + resource + " is not readable", e);
        }
    }

    static IntentClassifier read(InputStream source) throws IOException {
        DataInputStream in = new DataInputStream(new GZIPInputStream(source));
        if (!MAGIC.equals(in.readUTF())) {
            throw new IOException("not an intent model of this version");
        }
        String digest = in.readUTF();
        int count = in.readInt();
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            labels.add(in.readUTF());
        }
        int dimensions = in.readInt();
        int bits = in.readInt();
        float[][] dense = new float[count][dimensions];
        float[][] sparse = new float[count][1 << bits];
        float[] bias = new float[count];
        for (int c = 0; c < count; c++) {
            bias[c] = in.readFloat();
            for (int d = 0; d < dimensions; d++) {
                dense[c][d] = in.readFloat();
            }
            for (int s = 0; s < sparse[c].length; s++) {
                sparse[c][s] = in.readFloat();
            }
        }
        return new IntentClassifier(labels, digest, dimensions, bits, dense, sparse, bias);
    }
}
