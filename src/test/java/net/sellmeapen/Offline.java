package net.sellmeapen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import net.sellmeapen.buyer.BuyerReply;
import net.sellmeapen.buyer.Scene;
import net.sellmeapen.buyer.ScriptedBuyer;
import net.sellmeapen.conversation.Difficulty;
import net.sellmeapen.conversation.Outcome;
import net.sellmeapen.conversation.Product;
import net.sellmeapen.conversation.Source;
import net.sellmeapen.conversation.Speaker;
import net.sellmeapen.conversation.Turn;
import net.sellmeapen.conversation.analysis.ConversationAnalyzer;
import net.sellmeapen.evaluation.Attempt;
import net.sellmeapen.evaluation.RubricEvaluator;
import net.sellmeapen.evaluation.SalesEvaluation;

/** The offline engines as the product wires them, on the test JVM's one sentence model, and ways to drive them. */
public final class Offline {

    public static final Product PRODUCT = Product.load("/products/linea-one.json");
    public static final ConversationAnalyzer ANALYZER = new ConversationAnalyzer(TestApp.EMBEDDINGS, PRODUCT);
    public static final ScriptedBuyer BUYER = new ScriptedBuyer(ANALYZER, PRODUCT);
    public static final RubricEvaluator RUBRIC = new RubricEvaluator(ANALYZER, PRODUCT);

    private Offline() {
    }

    /** A conversation played against the scripted buyer, with the buyer's decision if it made one. */
    public record Played(String sessionId, Difficulty difficulty, List<Turn> turns, Outcome outcome) {

        public List<String> buyerLines() {
            return turns.stream().filter(t -> t.speaker() == Speaker.BUYER).map(Turn::text).toList();
        }

        public List<String> traineeLines() {
            return turns.stream().filter(t -> t.speaker() == Speaker.TRAINEE).map(Turn::text).toList();
        }

        /** The scorecard of the conversation as the server would record it. */
        public SalesEvaluation scorecard() {
            return RUBRIC.evaluate(new Attempt(turns, difficulty, outcome == null ? Outcome.NO_SALE : outcome,
                    Source.SERVER_RECORDED));
        }

        public String transcript() {
            StringBuilder out = new StringBuilder();
            turns.forEach(t -> out.append(t.speaker()).append(": ").append(t.text()).append('\n'));
            return out.toString();
        }
    }

    /**
     * Plays the scripted buyer against a trainee that sees the conversation so far and answers with
     * its next line (null to stop), for at most {@code maxMessages} messages or until the buyer decides.
     */
    public static Played play(String sessionId, Difficulty difficulty, Function<List<Turn>, String> trainee,
            int maxMessages) {
        return play(Scene.practice(sessionId, difficulty), trainee, maxMessages);
    }

    /** As {@link #play(String, Difficulty, Function, int)}, in any scene (a drill, say). */
    public static Played play(Scene scene, Function<List<Turn>, String> trainee, int maxMessages) {
        return play(BUYER, scene, trainee, maxMessages);
    }

    /** As {@link #play(String, Difficulty, Function, int)}, against another buyer (one selling another product). */
    public static Played play(ScriptedBuyer buyer, String sessionId, Difficulty difficulty,
            Function<List<Turn>, String> trainee, int maxMessages) {
        return play(buyer, Scene.practice(sessionId, difficulty), trainee, maxMessages);
    }

    /** Plays a fixed list of trainee messages against another buyer. */
    public static Played play(ScriptedBuyer buyer, String sessionId, Difficulty difficulty, List<String> messages) {
        return play(buyer, Scene.practice(sessionId, difficulty), script(messages), messages.size());
    }

    private static Played play(ScriptedBuyer buyer, Scene scene, Function<List<Turn>, String> trainee,
            int maxMessages) {
        String sessionId = scene.sessionId();
        Difficulty difficulty = scene.difficulty();
        List<Turn> turns = new ArrayList<>();
        turns.add(new Turn(1, Speaker.BUYER, buyer.opening(scene), Instant.EPOCH));
        for (int i = 0; i < maxMessages; i++) {
            String message = trainee.apply(List.copyOf(turns));
            if (message == null) {
                break;
            }
            BuyerReply reply = buyer.reply(scene, List.copyOf(turns), message);
            turns.add(new Turn(turns.size() + 1, Speaker.TRAINEE, message, Instant.EPOCH));
            turns.add(new Turn(turns.size() + 1, Speaker.BUYER, reply.text(), Instant.EPOCH));
            if (reply.decision() != null) {
                return new Played(sessionId, difficulty, turns, reply.decision());
            }
        }
        return new Played(sessionId, difficulty, turns, null);
    }

    /** Plays a fixed list of trainee messages, whatever the buyer says. */
    public static Played playScript(String sessionId, Difficulty difficulty, List<String> messages) {
        return play(sessionId, difficulty, script(messages), messages.size());
    }

    private static Function<List<Turn>, String> script(List<String> messages) {
        return turns -> {
            int said = (int) turns.stream().filter(t -> t.speaker() == Speaker.TRAINEE).count();
            return said < messages.size() ? messages.get(said) : null;
        };
    }

    /** A transcript file: {@code # level: …} and {@code # …} header lines, then {@code Buyer:}/{@code Trainee:} lines. */
    public record Transcript(Path file, Difficulty difficulty, List<Turn> turns, List<String> traineeLines) {
    }

    public static Transcript read(Path file) {
        try {
            Difficulty difficulty = Difficulty.MEDIUM;
            List<Turn> turns = new ArrayList<>();
            for (String line : Files.readAllLines(file)) {
                if (line.startsWith("# level:")) {
                    difficulty = Difficulty.valueOf(line.substring("# level:".length()).strip());
                }
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                int colon = line.indexOf(':');
                Speaker speaker = line.substring(0, colon).strip().equalsIgnoreCase("buyer") ? Speaker.BUYER
                        : Speaker.TRAINEE;
                turns.add(new Turn(turns.size() + 1, speaker, line.substring(colon + 1).strip(), Instant.EPOCH));
            }
            List<String> trainee = turns.stream().filter(t -> t.speaker() == Speaker.TRAINEE).map(Turn::text).toList();
            return new Transcript(file, difficulty, List.copyOf(turns), trainee);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The files of a test resource folder (e.g. {@code gaming}), sorted by name. */
    public static List<Path> files(String folder) {
        Path root = Path.of("src/test/resources", folder);
        try (Stream<Path> files = Files.list(root)) {
            return files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
