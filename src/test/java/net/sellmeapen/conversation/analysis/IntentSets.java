package net.sellmeapen.conversation.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.sellmeapen.language.IntentTraining;

/**
 * Reads a labelled set of trainee sentences ({@code sentences.tsv}: label, text) and of whole
 * messages ({@code messages.tsv}: the labels of its parts in order, text) and measures the analysis
 * on it: each sentence's main intent, and each message's parts.
 */
final class IntentSets {

    private IntentSets() {
    }

    /** The sentence report, and for messages how many of their expected acts were found in order. */
    record Report(ClassificationReport sentences, int messages, int messagesExact, int actsExpected, int actsFound,
            int actsPredicted, List<String> messageMisses) {

        double actRecall() {
            return actsExpected == 0 ? 0 : (double) actsFound / actsExpected;
        }

        double actPrecision() {
            return actsPredicted == 0 ? 0 : (double) actsFound / actsPredicted;
        }

        String messageSummary() {
            return String.format("%d messages, %d read exactly; acts: recall %.3f, precision %.3f", messages,
                    messagesExact, actRecall(), actPrecision());
        }
    }

    static Report measure(ConversationAnalyzer analyzer, String folder) {
        ClassificationReport sentences = new ClassificationReport();
        for (String line : IntentTraining.lines(folder + "/sentences.tsv")) {
            String[] cells = line.split("\t");
            List<ClauseReading> parts = analyzer.readMessage(cells[1]);
            sentences.add(cells[0].strip(), ConversationAnalyzer.mainIntent(parts).label(), cells[1]);
        }
        int messages = 0;
        int exact = 0;
        int expected = 0;
        int found = 0;
        int predicted = 0;
        List<String> misses = new ArrayList<>();
        for (String line : IntentTraining.lines(folder + "/messages.tsv")) {
            String[] cells = line.split("\t");
            List<String> want = collapsed(Arrays.stream(cells[0].split(",")).map(String::strip).toList());
            List<String> got = collapsed(analyzer.readMessage(cells[1]).stream().map(part -> part.intent().label())
                    .toList());
            int matched = inOrder(want, got);
            messages++;
            expected += want.size();
            found += matched;
            predicted += got.size();
            if (want.equals(got)) {
                exact++;
            } else {
                misses.add(want + " -> " + got + "\t" + cells[1]);
            }
        }
        return new Report(sentences, messages, exact, expected, found, predicted, misses);
    }

    /** The labels with runs of the same one counted once: two pitch sentences in a row are one act of pitching. */
    static List<String> collapsed(List<String> labels) {
        List<String> acts = new ArrayList<>();
        for (String label : labels) {
            if (acts.isEmpty() || !acts.get(acts.size() - 1).equals(label)) {
                acts.add(label);
            }
        }
        return acts;
    }

    /** How many of the expected labels are found in the predicted ones, in order (longest common subsequence). */
    static int inOrder(List<String> want, List<String> got) {
        int[][] best = new int[want.size() + 1][got.size() + 1];
        for (int i = 1; i <= want.size(); i++) {
            for (int j = 1; j <= got.size(); j++) {
                best[i][j] = want.get(i - 1).equals(got.get(j - 1)) ? best[i - 1][j - 1] + 1
                        : Math.max(best[i - 1][j], best[i][j - 1]);
            }
        }
        return best[want.size()][got.size()];
    }
}
