package net.sellmeapen.conversation.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import net.sellmeapen.Offline;
import org.junit.jupiter.api.Test;

/**
 * The intent classifier measured on the evaluation set ({@code src/test/resources/analysis/evaluation}),
 * written by an annotator who saw only the label guide, never the corpus or the code. This test is
 * the only reader of the set: it is never used to train or tune. The table is left in
 * {@code target/intents-evaluation.txt}.
 */
class IntentEvaluationTest {

    private static final String SET = "/analysis/evaluation";

    @Test
    void macro_f1_on_the_evaluation_set_is_at_least_0_90_and_messages_are_split_into_their_acts() throws IOException {
        IntentSets.Report report = IntentSets.measure(Offline.ANALYZER, SET);
        String table = report.sentences().table();
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/intents-evaluation.txt"), "sentences (main intent of each line):\n" + table
                + "\nmessages (each part's intent, runs of one label counted once): " + report.messageSummary() + "\n");
        System.out.println("Intent classifier on the evaluation set:\n" + table + "messages: " + report.messageSummary());

        assertThat(report.sentences().rows()).hasSize(Intent.values().length);
        assertThat(report.sentences().macroF1()).as(table).isGreaterThanOrEqualTo(0.90);
        assertThat(report.actRecall()).as(report.messageSummary()).isGreaterThanOrEqualTo(0.85);
        assertThat(report.actPrecision()).as(report.messageSummary()).isGreaterThanOrEqualTo(0.85);
    }
}
