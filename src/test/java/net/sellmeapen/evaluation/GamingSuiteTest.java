package net.sellmeapen.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import net.sellmeapen.Offline;
import net.sellmeapen.Offline.Played;
import net.sellmeapen.Offline.Transcript;
import net.sellmeapen.conversation.Difficulty;
import net.sellmeapen.conversation.Outcome;
import net.sellmeapen.conversation.Source;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Transcripts written to game the score (stock phrases, keyword stuffing, repeats, superlatives,
 * pressure, irrelevant questions, nonsense, other languages, pasted conversations…), in
 * {@code src/test/resources/gaming}: each is played live against the scripted buyer at MEDIUM, HARD
 * and EXPERT, and none may sell or score above D; a pasted one is scored as self-reported.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class GamingSuiteTest {

    /** Below C: the highest total that is still a D. */
    static final int HIGHEST_ALLOWED = 54;
    private static final StringBuilder REPORT = new StringBuilder();

    static Stream<Path> scripts() {
        return Offline.files("gaming").stream();
    }

    @ParameterizedTest
    @MethodSource("scripts")
    void a_gaming_script_never_sells_and_scores_d_or_lower(Path file) throws IOException {
        Transcript transcript = Offline.read(file);
        boolean pasted = Files.readString(file).contains("# kind: pasted-transcript");
        if (pasted) {
            SalesEvaluation card = Offline.RUBRIC.evaluate(new Attempt(transcript.turns(), Difficulty.MEDIUM,
                    Outcome.SALE, Source.SELF_REPORTED));
            record(file, "pasted", null, card);
            assertThat(card.totalScore()).as(file.toString()).isLessThanOrEqualTo(HIGHEST_ALLOWED);
            return;
        }
        for (Difficulty difficulty : List.of(Difficulty.MEDIUM, Difficulty.HARD, Difficulty.EXPERT)) {
            for (int session = 0; session < 2; session++) {
                Played played = Offline.playScript("gaming-" + file.getFileName() + "-" + session, difficulty,
                        transcript.traineeLines());
                SalesEvaluation card = played.scorecard();
                record(file, difficulty.name(), played.outcome(), card);
                assertThat(played.outcome()).as(played.transcript()).isNotEqualTo(Outcome.SALE);
                assertThat(card.totalScore()).as(played.transcript()).isLessThanOrEqualTo(HIGHEST_ALLOWED);
            }
        }
    }

    private static synchronized void record(Path file, String level, Outcome outcome, SalesEvaluation card) {
        REPORT.append(String.format("%-40s %-7s %-8s %3d %s%n", file.getFileName(), level,
                outcome == null ? "-" : outcome, card.totalScore(), card.grade()));
    }

    @AfterAll
    static void writeReport() throws IOException {
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/gaming-suite.txt"), REPORT.toString());
    }
}
