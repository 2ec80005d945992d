package net.sellmeapen.conversation.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import net.sellmeapen.TestApp;
import net.sellmeapen.language.IntentClassifier;
import net.sellmeapen.language.IntentTraining;
import org.junit.jupiter.api.Test;

/** The shipped intent model is the one the corpus trains, knows every label, and training is deterministic. */
class IntentModelTest {

    @Test
    void shipped_weights_were_trained_on_the_current_corpus() {
        List<IntentTraining.Example> corpus = IntentTraining.readCorpus(ConversationAnalyzer.CORPUS);
        IntentClassifier shipped = IntentClassifier.load(ConversationAnalyzer.INTENT_MODEL);
        assertThat(shipped.corpusDigest())
                .as("the corpus changed since the weights were trained: run scripts/train-intents")
                .isEqualTo(IntentTraining.digest(corpus));
        assertThat(shipped.labels()).containsExactlyInAnyOrder(Arrays.stream(Intent.values()).map(Intent::label)
                .toArray(String[]::new));
    }

    @Test
    void every_corpus_line_has_a_known_label_and_each_label_has_hundreds_of_lines() {
        List<IntentTraining.Example> corpus = IntentTraining.readCorpus(ConversationAnalyzer.CORPUS);
        for (Intent intent : Intent.values()) {
            assertThat(corpus.stream().filter(example -> example.label().equals(intent.label())).count())
                    .as(intent.label()).isGreaterThanOrEqualTo(200);
        }
        assertThat(corpus).allSatisfy(example -> assertThat(Intent.of(example.label())).as(example.text()).isPresent());
    }

    @Test
    void training_twice_on_the_same_sentences_gives_the_same_weights() throws IOException {
        List<IntentTraining.Example> corpus = IntentTraining.readCorpus(ConversationAnalyzer.CORPUS);
        List<IntentTraining.Example> sample = java.util.stream.IntStream.range(0, corpus.size())
                .filter(i -> i % 20 == 0).mapToObj(corpus::get).toList();
        IntentTraining.Settings quick = new IntentTraining.Settings(10, 3, 16, 0.01, 1e-5, 7);
        byte[] first = bytes(IntentTraining.train(sample, TestApp.EMBEDDINGS::embed, quick));
        byte[] second = bytes(IntentTraining.train(sample, TestApp.EMBEDDINGS::embed, quick));
        assertThat(second).isEqualTo(first);
    }

    private static byte[] bytes(IntentClassifier model) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        model.write(out);
        return out.toByteArray();
    }
}
