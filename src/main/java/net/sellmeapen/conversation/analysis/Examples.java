package net.sellmeapen.conversation.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.sellmeapen.language.SentenceEmbeddings;

/**
 * Labelled example sentences ({@code analysis/examples.txt}) and their meaning vectors: a new
 * sentence is compared with each label's examples, and the nearest one says how much it is like them.
 * Vectors are computed once, on first use.
 */
final class Examples {

    /** Most vectors whose similarities to every label are kept. */
    static final int CACHE_SIZE = 8_192;

    private final Map<String, List<String>> sentences;
    private final SentenceEmbeddings embeddings;
    private volatile Map<String, float[][]> vectors;
    private volatile Map<String, Integer> labelIndex;
    /**
     * Per vector (the embeddings hand out one array per text, so identity is the key), its similarity to
     * the nearest example of every label: a conversation read again at each reply costs no more scans.
     */
    private final Map<float[], double[]> nearest = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<float[], double[]> eldest) {
            return size() > CACHE_SIZE;
        }
    };

    Examples(Map<String, List<String>> sentences, SentenceEmbeddings embeddings) {
        this.sentences = sentences;
        this.embeddings = embeddings;
    }

    /** The examples in a classpath resource: {@code [label]} lines start a section, {@code #} lines are comments. */
    static Map<String, List<String>> read(String resource) {
        Map<String, List<String>> sections = new LinkedHashMap<>();
        try (InputStream in = Examples.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("example resource " + resource + " is missing");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> current = null;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String text = line.strip();
                if (text.isEmpty() || text.startsWith("#")) {
                    continue;
                }
                if (text.startsWith("[") && text.endsWith("]")) {
                    current = sections.computeIfAbsent(text.substring(1, text.length() - 1), key -> new ArrayList<>());
                } else if (current != null) {
                    current.add(text);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sections;
    }

    /** Adds labels (e.g. a product's needs and features) to these examples; only before first use. */
    void add(String label, List<String> more) {
        if (vectors != null) {
            throw new IllegalStateException("examples are already embedded");
        }
        sentences.computeIfAbsent(label, key -> new ArrayList<>()).addAll(more);
    }

    /** Every word the examples use: English the analysis can recognise beyond the most common words. */
    Set<String> vocabulary() {
        Set<String> words = new HashSet<>();
        sentences.values().forEach(list -> list.forEach(sentence -> words.addAll(Lexicon.words(sentence))));
        return Set.copyOf(words);
    }

    /** How close the vector is to the nearest example of the label (0 when the label has none). */
    double similarity(String label, float[] vector) {
        Map<String, float[][]> all = vectors();
        Integer index = labelIndex.get(label);
        if (index == null) {
            return 0;
        }
        double[] known;
        synchronized (nearest) {
            known = nearest.get(vector);
        }
        if (known == null) {
            known = new double[all.size()];
            int i = 0;
            for (float[][] examples : all.values()) {
                double best = 0;
                for (float[] example : examples) {
                    best = Math.max(best, SentenceEmbeddings.similarity(example, vector));
                }
                known[i++] = best;
            }
            synchronized (nearest) {
                nearest.put(vector, known);
            }
        }
        return known[index];
    }

    private Map<String, float[][]> vectors() {
        Map<String, float[][]> ready = vectors;
        if (ready == null) {
            synchronized (this) {
                if (vectors == null) {
                    Map<String, float[][]> computed = new LinkedHashMap<>();
                    Map<String, Integer> indexes = new java.util.HashMap<>();
                    sentences.forEach((label, list) -> {
                        indexes.put(label, computed.size());
                        computed.put(label, list.stream().map(embeddings::embed).toArray(float[][]::new));
                    });
                    labelIndex = indexes;
                    vectors = computed;
                }
                ready = vectors;
            }
        }
        return ready;
    }
}
