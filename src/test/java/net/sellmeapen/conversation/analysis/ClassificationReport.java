package net.sellmeapen.conversation.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Per-label precision, recall and F1 of predicted labels against the expected ones, with their macro
 * average, printed as a table (the way scikit-learn's classification report prints them).
 */
final class ClassificationReport {

    /** One row of the table. */
    record Row(String label, double precision, double recall, double f1, int support) {
    }

    private final Map<String, int[]> counts = new TreeMap<>();
    private final List<String> misses = new ArrayList<>();

    /** Counts one prediction (true positive, false positive, false negative per label). */
    void add(String expected, String predicted, String text) {
        counts.computeIfAbsent(expected, key -> new int[3]);
        counts.computeIfAbsent(predicted, key -> new int[3]);
        if (expected.equals(predicted)) {
            counts.get(expected)[0]++;
        } else {
            counts.get(predicted)[1]++;
            counts.get(expected)[2]++;
            misses.add(expected + " -> " + predicted + "\t" + text);
        }
    }

    List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        counts.forEach((label, c) -> {
            double precision = c[0] + c[1] == 0 ? 0 : (double) c[0] / (c[0] + c[1]);
            double recall = c[0] + c[2] == 0 ? 0 : (double) c[0] / (c[0] + c[2]);
            double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            rows.add(new Row(label, precision, recall, f1, c[0] + c[2]));
        });
        return rows;
    }

    /** The unweighted mean F1 over the labels that have expected examples. */
    double macroF1() {
        return rows().stream().filter(row -> row.support() > 0).mapToDouble(Row::f1).average().orElse(0);
    }

    double accuracy() {
        int right = counts.values().stream().mapToInt(c -> c[0]).sum();
        int all = counts.values().stream().mapToInt(c -> c[0] + c[2]).sum();
        return all == 0 ? 0 : (double) right / all;
    }

    List<String> misses() {
        return misses;
    }

    String table() {
        StringBuilder out = new StringBuilder(String.format("%-16s %9s %9s %9s %8s%n", "label", "precision", "recall",
                "f1", "support"));
        for (Row row : rows()) {
            out.append(String.format("%-16s %9.2f %9.2f %9.2f %8d%n", row.label(), row.precision(), row.recall(),
                    row.f1(), row.support()));
        }
        out.append(String.format("%-16s %9s %9s %9.3f %8d%n", "macro avg", "", "", macroF1(),
                rows().stream().mapToInt(Row::support).sum()));
        out.append(String.format("%-16s %9s %9s %9.3f%n", "accuracy", "", "", accuracy()));
        return out.toString();
    }
}
