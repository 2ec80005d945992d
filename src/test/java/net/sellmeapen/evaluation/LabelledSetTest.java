package net.sellmeapen.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import net.sellmeapen.Offline;
import net.sellmeapen.Offline.Transcript;
import net.sellmeapen.conversation.Outcome;
import net.sellmeapen.conversation.Source;
import net.sellmeapen.conversation.analysis.ConversationAnalysis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The rubric against pitches labelled strong, medium and weak by a writer who had not seen the
 * scoring code ({@code src/test/resources/labelled}), and against the older fixtures: strong must
 * beat weak in at least 95 % of pairs, and the classes must be in the right order in at least 85 %
 * of all pairs from different classes. The ranking is written to {@code target/labelled-ranking.txt}.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class LabelledSetTest {

    private static final List<String> CLASSES = List.of("strong", "medium", "weak");

    record Scored(String label, String file, int total) {
    }

    @Test
    void strong_pitches_outscore_weak_ones_and_the_classes_are_in_order() throws IOException {
        for (String set : List.of("labelled", "fixtures")) {
            Map<String, List<Scored>> scores = new LinkedHashMap<>();
            for (String label : CLASSES) {
                for (Path file : Offline.files(set + "/" + label)) {
                    Transcript transcript = Offline.read(file);
                    ConversationAnalysis analysis = Offline.ANALYZER.analyse(transcript.turns());
                    Outcome outcome = analysis.buyerAgreed() ? Outcome.SALE : Outcome.NO_SALE;
                    SalesEvaluation card = Offline.RUBRIC.evaluate(new Attempt(transcript.turns(),
                            transcript.difficulty(), outcome, Source.SERVER_RECORDED));
                    scores.computeIfAbsent(label, key -> new ArrayList<>())
                            .add(new Scored(label, file.getFileName().toString(), card.totalScore()));
                }
            }
            int strongOverWeak = 0;
            int strongWeakPairs = 0;
            int ordered = 0;
            int pairs = 0;
            for (int higher = 0; higher < CLASSES.size(); higher++) {
                for (int lower = higher + 1; lower < CLASSES.size(); lower++) {
                    for (Scored a : scores.get(CLASSES.get(higher))) {
                        for (Scored b : scores.get(CLASSES.get(lower))) {
                            pairs++;
                            ordered += a.total() > b.total() ? 1 : 0;
                            if (higher == 0 && lower == 2) {
                                strongWeakPairs++;
                                strongOverWeak += a.total() > b.total() ? 1 : 0;
                            }
                        }
                    }
                }
            }
            report(set, scores, strongOverWeak, strongWeakPairs, ordered, pairs);
            if (set.equals("labelled")) {
                assertThat(scores.values().stream().mapToInt(List::size).sum()).isGreaterThanOrEqualTo(40);
            }
            assertThat(strongOverWeak * 100.0 / strongWeakPairs).as(set + " strong over weak").isGreaterThanOrEqualTo(95);
            assertThat(ordered * 100.0 / pairs).as(set + " ordered pairs").isGreaterThanOrEqualTo(85);
        }
    }

    private static void report(String set, Map<String, List<Scored>> scores, int strongOverWeak, int strongWeakPairs,
            int ordered, int pairs) throws IOException {
        StringBuilder out = new StringBuilder();
        out.append(String.format("%s: strong over weak %d/%d (%.1f %%), classes in order %d/%d (%.1f %%)%n", set,
                strongOverWeak, strongWeakPairs, strongOverWeak * 100.0 / strongWeakPairs, ordered, pairs,
                ordered * 100.0 / pairs));
        scores.values().stream().flatMap(List::stream)
                .sorted((a, b) -> Integer.compare(b.total(), a.total()))
                .forEach(s -> out.append(String.format("%3d  %-7s %s%n", s.total(), s.label(), s.file())));
        Files.createDirectories(Path.of("target"));
        Path file = Path.of("target/labelled-ranking.txt");
        Files.writeString(file, (set.equals("labelled") ? "" : Files.readString(file) + "\n") + out);
    }
}
