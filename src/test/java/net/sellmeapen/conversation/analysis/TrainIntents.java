package net.sellmeapen.conversation.analysis;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.sellmeapen.conversation.Product;
import net.sellmeapen.language.IntentClassifier;
import net.sellmeapen.language.IntentTraining;
import net.sellmeapen.language.SentenceEmbeddings;

/**
 * {@code scripts/train-intents}: trains the intent classifier on the corpus
 * ({@code src/main/resources/analysis/corpus}), writes its weights where the product loads them, and
 * reports its figures on the development set (never on the evaluation set, which only its test reads).
 */
public final class TrainIntents {

    private TrainIntents() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length > 0 && args[0].equals("--measure")) {
            report(new ConversationAnalyzer(new SentenceEmbeddings(65_536), Product.load("/products/linea-one.json")));
            return;
        }
        Path out = Path.of(args.length > 0 ? args[0] : "src/main/resources/analysis/intents.bin.gz");
        IntentTraining.Settings defaults = IntentTraining.Settings.DEFAULT;
        IntentTraining.Settings settings = new IntentTraining.Settings(
                Integer.getInteger("bits", defaults.bits()), Integer.getInteger("epochs", defaults.epochs()),
                Integer.getInteger("batch", defaults.batch()),
                Double.parseDouble(System.getProperty("rate", Double.toString(defaults.learningRate()))),
                Double.parseDouble(System.getProperty("l2", Double.toString(defaults.l2()))), defaults.seed());
        List<IntentTraining.Example> corpus = IntentTraining.readCorpus(ConversationAnalyzer.CORPUS);
        SentenceEmbeddings embeddings = new SentenceEmbeddings(65_536);
        long started = System.nanoTime();
        IntentClassifier model = IntentTraining.train(corpus, embeddings::embed, settings);
        System.out.printf("trained on %d sentences, %d labels, %s, in %.1f s%n", corpus.size(), model.labels().size(),
                settings, (System.nanoTime() - started) / 1e9);
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (OutputStream target = Files.newOutputStream(out)) {
            model.write(target);
        }
        System.out.println("wrote " + out + " (" + Files.size(out) / 1024 + " KiB)");
        report(new ConversationAnalyzer(embeddings, Product.load("/products/linea-one.json"), model));
    }

    /** The development set's figures for an analyzer, printed and left in target/intents-development.txt. */
    private static void report(ConversationAnalyzer analyzer) throws IOException {
        IntentSets.Report report = IntentSets.measure(analyzer, "/analysis/development");
        System.out.println("development set:");
        System.out.println(report.sentences().table());
        System.out.println("development messages: " + report.messageSummary());
        Files.writeString(Path.of("target/intents-development.txt"), report.sentences().table() + "\n"
                + String.join("\n", report.sentences().misses()) + "\n\nmessages: " + report.messageSummary() + "\n"
                + String.join("\n", report.messageMisses()) + "\n");
    }
}
