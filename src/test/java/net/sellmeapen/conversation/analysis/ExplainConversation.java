package net.sellmeapen.conversation.analysis;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import net.sellmeapen.Offline;
import net.sellmeapen.buyer.BuyerReply;
import net.sellmeapen.buyer.Scene;
import net.sellmeapen.coaching.ModelSeller;
import net.sellmeapen.evaluation.Attempt;
import net.sellmeapen.evaluation.SalesEvaluation;
import net.sellmeapen.conversation.Difficulty;
import net.sellmeapen.conversation.Outcome;
import net.sellmeapen.conversation.Source;
import net.sellmeapen.conversation.Speaker;
import net.sellmeapen.conversation.Transcripts;
import net.sellmeapen.conversation.Turn;

/**
 * {@code scripts/explain}: prints how the offline engines read a conversation, turn by turn — each
 * part of a trainee turn with its intent, confidence, runner-up and acts; each buyer turn's concerns,
 * facts and signals; every concern from raised to answered — so a wrong reply can be traced.
 * {@code scripts/explain FILE} reads a transcript ("Trainee: …" / "Buyer: …" lines);
 * {@code scripts/explain --play LEVEL SESSION FILE} plays the file's lines, one trainee message per
 * line, against the scripted buyer of that session id and difficulty, then explains the result;
 * {@code scripts/explain --model LEVEL SESSION} does the same with the built-in model seller;
 * {@code scripts/explain --read "a message" …} shows how each message is split and read.
 */
public final class ExplainConversation {

    private ExplainConversation() {
    }

    public static void main(String[] args) throws IOException {
        List<Turn> turns;
        if (args.length >= 2 && args[0].equals("--read")) {
            for (int i = 1; i < args.length; i++) {
                System.out.println(args[i]);
                Offline.ANALYZER.readMessage(args[i]).forEach(part -> System.out.printf("   [%s %.2f | %s %.2f] %s%n",
                        part.intent().label(), part.confidence(), part.runnerUp().label(), part.runnerUpConfidence(),
                        part.text()));
            }
            return;
        }
        if (args.length == 3 && args[0].equals("--model")) {
            turns = Offline.play(args[2], Difficulty.valueOf(args[1]), history -> new ModelSeller(Offline.PRODUCT)
                    .next(Offline.ANALYZER.analyse(history)), 16).turns();
        } else if (args.length == 4 && args[0].equals("--play")) {
            turns = play(Difficulty.valueOf(args[1]), args[2], Files.readAllLines(Path.of(args[3])));
        } else if (args.length == 1) {
            turns = Transcripts.parseText(Files.readString(Path.of(args[0]), StandardCharsets.UTF_8), Instant.EPOCH);
        } else {
            System.err.println("usage: scripts/explain TRANSCRIPT | scripts/explain --play LEVEL SESSION-ID MESSAGES");
            System.exit(2);
            return;
        }
        System.out.print(explain(Offline.ANALYZER.analyse(turns)));
        System.out.print(scorecard(turns, difficulty(args)));
    }

    private static Difficulty difficulty(String[] args) {
        return args.length >= 3 ? Difficulty.valueOf(args[1]) : Difficulty.MEDIUM;
    }

    /** The rubric's scorecard of the conversation, category by category with its evidence. */
    static String scorecard(List<Turn> turns, Difficulty difficulty) {
        Outcome outcome = turns.stream().filter(t -> t.speaker() == Speaker.BUYER).reduce((a, b) -> b)
                .map(t -> t.text().endsWith("[SALE]") ? Outcome.SALE : Outcome.NO_SALE).orElse(Outcome.NO_SALE);
        SalesEvaluation card = Offline.RUBRIC.evaluate(new Attempt(turns, difficulty, outcome, Source.SERVER_RECORDED));
        StringBuilder out = new StringBuilder(String.format("scorecard at %s: total %d, weighted %d%n", difficulty,
                card.totalScore(), card.weightedScore()));
        card.categories().forEach((category, result) -> {
            out.append(String.format("  %-18s %2d  %s%n", category, result.score(), result.feedback()));
            result.evidence().forEach(e -> out.append(String.format("      turn %d %s %+d: %s%n", e.turn(), e.mark(),
                    e.points(), e.quote())));
        });
        return out.toString();
    }

    private static List<Turn> play(Difficulty difficulty, String sessionId, List<String> messages) {
        Scene scene = Scene.practice(sessionId, difficulty);
        List<Turn> turns = new ArrayList<>();
        turns.add(new Turn(1, Speaker.BUYER, Offline.BUYER.opening(scene), Instant.EPOCH));
        for (String message : messages) {
            if (message.isBlank()) {
                continue;
            }
            BuyerReply reply = Offline.BUYER.reply(scene, List.copyOf(turns), message.strip());
            turns.add(new Turn(turns.size() + 1, Speaker.TRAINEE, message.strip(), Instant.EPOCH));
            turns.add(new Turn(turns.size() + 1, Speaker.BUYER, reply.text() + (reply.decision() == null ? ""
                    : "  [" + reply.decision() + "]"), Instant.EPOCH));
            if (reply.decision() != null) {
                break;
            }
        }
        System.out.println("buyer profile: " + Offline.BUYER.buyerId(sessionId) + ", " + difficulty);
        return turns;
    }

    static String explain(ConversationAnalysis analysis) {
        StringBuilder out = new StringBuilder();
        for (TurnReading reading : analysis.readings()) {
            if (reading instanceof TraineeTurnReading turn) {
                out.append(String.format("%2d TRAINEE%s: %s%n", turn.index(), turn.isRepeat() ? " (repeat)" : "",
                        turn.text()));
                for (SentenceReading part : turn.sentences()) {
                    ClauseReading clause = part.clause();
                    out.append(clause == null ? "     [not read]" : String.format("     [%s %.2f | %s %.2f]",
                            clause.intent().label(), clause.confidence(), clause.runnerUp().label(),
                            clause.runnerUpConfidence()));
                    out.append(" \"").append(part.text()).append("\" acts=").append(part.acts().keySet());
                    if (part.topic() != null) {
                        out.append(" topic=").append(part.topic());
                    }
                    if (!part.buildsOn().isEmpty()) {
                        out.append(" buildsOn=").append(part.buildsOn().stream().map(BuyerFact::turn).toList());
                    }
                    if (!part.specifics().isEmpty()) {
                        out.append(" specifics=").append(part.specifics());
                    }
                    out.append(part.repeats() ? " (said before)" : "").append('\n');
                }
            } else if (reading instanceof BuyerTurnReading turn) {
                out.append(String.format("%2d BUYER: %s%n", turn.index(), turn.text()));
                if (!turn.concerns().isEmpty() || !turn.facts().isEmpty() || !turn.signals().isEmpty()) {
                    out.append("     concerns=").append(turn.concerns()).append(" signals=").append(turn.signals())
                            .append(" facts=").append(turn.facts().stream().map(f -> f.topic() + (f.needs().isEmpty()
                                    ? "" : f.needs().toString())).collect(Collectors.joining(", "))).append('\n');
                }
            }
        }
        out.append("concerns:\n");
        for (ConcernEpisode episode : analysis.concerns()) {
            out.append(String.format("  %s raised at %d, %s; responses %s%n", episode.concern(), episode.raisedAt(),
                    episode.isOpen() ? "open" : "answered at " + episode.answeredAt(), episode.responses().stream()
                            .map(r -> r.turn() + ":" + r.verdict()).toList()));
        }
        return out.toString();
    }
}
