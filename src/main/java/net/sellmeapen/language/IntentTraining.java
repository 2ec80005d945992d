package net.sellmeapen.language;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Trains an {@link IntentClassifier} from labelled sentences: multinomial logistic regression with
 * L2 regularisation, fitted by mini-batch Adam in a fixed order (one seed), each label weighted by
 * how rare it is. One thread, no clock: the same corpus always gives the same weights.
 */
public final class IntentTraining {

    /** A sentence and the label that says what it does. */
    public record Example(String label, String text) {
    }

    /**
     * How to train.
     *
     * @param bits the sparse text features are hashed into {@code 2^bits} slots
     * @param l2 the weight of the L2 penalty per example
     */
    public record Settings(int bits, int epochs, int batch, double learningRate, double l2, long seed) {
        public static final Settings DEFAULT = new Settings(14, 30, 32, 0.01, 1e-5, 20261206L);
    }

    private IntentTraining() {
    }

    /** Every example of the corpus in a classpath folder: the files its {@code FILES} list names, in that order. */
    public static List<Example> readCorpus(String folder) {
        List<Example> examples = new ArrayList<>();
        for (String file : lines(folder + "/FILES")) {
            for (String line : lines(folder + "/" + file)) {
                int tab = line.indexOf('\t');
                if (tab <= 0 || line.indexOf('\t', tab + 1) >= 0) {
                    throw new IllegalStateException(folder + "/" + file + ": not 'label<TAB>text': " + line);
                }
                examples.add(new Example(line.substring(0, tab).strip(), line.substring(tab + 1).strip()));
            }
        }
        return examples;
    }

    /** The non-empty lines of a classpath resource that are not {@code #} comments. */
    public static List<String> lines(String resource) {
        try (InputStream in = IntentTraining.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("resource " + resource + " is missing");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> lines = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    lines.add(line);
                }
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** SHA-256 of the examples in order, so a model trained on another corpus can be told apart. */
    public static String digest(List<Example> examples) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Example example : examples) {
                sha.update((example.label() + "\t" + example.text() + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Trains on the examples; {@code embed} gives each text's unit meaning vector. */
    public static IntentClassifier train(List<Example> examples, Function<String, float[]> embed, Settings settings) {
        List<String> labels = List.copyOf(new TreeSet<>(examples.stream().map(Example::label).toList()));
        TextFeatures features = new TextFeatures(settings.bits());
        int n = examples.size();
        int classes = labels.size();
        float[][] vectors = new float[n][];
        TextFeatures.Sparse[] sparseInputs = new TextFeatures.Sparse[n];
        int[] targets = new int[n];
        int[] counts = new int[classes];
        for (int i = 0; i < n; i++) {
            Example example = examples.get(i);
            vectors[i] = embed.apply(example.text());
            sparseInputs[i] = features.of(example.text());
            targets[i] = labels.indexOf(example.label());
            counts[targets[i]]++;
        }
        int dimensions = vectors[0].length;
        double[] classWeight = new double[classes];
        for (int c = 0; c < classes; c++) {
            classWeight[c] = (double) n / (classes * counts[c]);
        }
        Adam dense = new Adam(classes, dimensions);
        Adam sparse = new Adam(classes, features.size());
        Adam bias = new Adam(1, classes);
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Random random = new Random(settings.seed());
        int step = 0;
        for (int epoch = 0; epoch < settings.epochs(); epoch++) {
            shuffle(order, random);
            double rate = settings.learningRate() * (1 - 0.9 * epoch / (double) settings.epochs());
            for (int from = 0; from < n; from += settings.batch()) {
                int to = Math.min(n, from + settings.batch());
                dense.clearGradient();
                sparse.clearGradient();
                bias.clearGradient();
                for (int b = from; b < to; b++) {
                    int i = order[b];
                    double[] p = IntentClassifier.softmax(IntentClassifier.logits(vectors[i], sparseInputs[i],
                            dense.weights, sparse.weights, bias.weights[0]));
                    double scale = classWeight[targets[i]] / (to - from);
                    for (int c = 0; c < classes; c++) {
                        double error = (p[c] - (c == targets[i] ? 1 : 0)) * scale;
                        float[] denseGradient = dense.gradient[c];
                        for (int d = 0; d < dimensions; d++) {
                            denseGradient[d] += (float) (error * vectors[i][d]);
                        }
                        for (int s = 0; s < sparseInputs[i].slots().length; s++) {
                            sparse.gradient[c][sparseInputs[i].slots()[s]] += (float) (error
                                    * sparseInputs[i].values()[s]);
                        }
                        bias.gradient[0][c] += (float) error;
                    }
                }
                step++;
                dense.step(rate, settings.l2(), step);
                sparse.step(rate, settings.l2(), step);
                bias.step(rate, 0, step);
            }
        }
        return new IntentClassifier(labels, digest(examples), dimensions, settings.bits(), dense.weights,
                sparse.weights, bias.weights[0]);
    }

    private static void shuffle(int[] order, Random random) {
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
    }

    /** Weights with their gradient and Adam's running moments. */
    private static final class Adam {
        private static final double BETA1 = 0.9;
        private static final double BETA2 = 0.999;
        private static final double EPSILON = 1e-8;

        final float[][] weights;
        final float[][] gradient;
        private final float[][] first;
        private final float[][] second;

        Adam(int rows, int columns) {
            weights = new float[rows][columns];
            gradient = new float[rows][columns];
            first = new float[rows][columns];
            second = new float[rows][columns];
        }

        void clearGradient() {
            for (float[] row : gradient) {
                java.util.Arrays.fill(row, 0);
            }
        }

        void step(double rate, double l2, int step) {
            double correction1 = 1 - Math.pow(BETA1, step);
            double correction2 = 1 - Math.pow(BETA2, step);
            for (int r = 0; r < weights.length; r++) {
                float[] w = weights[r];
                float[] g = gradient[r];
                float[] m = first[r];
                float[] v = second[r];
                for (int c = 0; c < w.length; c++) {
                    if (g[c] == 0 && m[c] == 0) {
                        continue;
                    }
                    double grad = g[c] + l2 * w[c];
                    m[c] = (float) (BETA1 * m[c] + (1 - BETA1) * grad);
                    v[c] = (float) (BETA2 * v[c] + (1 - BETA2) * grad * grad);
                    w[c] -= (float) (rate * (m[c] / correction1) / (Math.sqrt(v[c] / correction2) + EPSILON));
                }
            }
        }
    }
}
