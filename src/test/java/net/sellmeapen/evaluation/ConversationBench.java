package net.sellmeapen.evaluation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import net.sellmeapen.Offline;
import net.sellmeapen.buyer.BuyerReply;
import net.sellmeapen.buyer.Scene;
import net.sellmeapen.coaching.ModelSeller;
import net.sellmeapen.conversation.Difficulty;
import net.sellmeapen.conversation.Outcome;
import net.sellmeapen.conversation.Source;
import net.sellmeapen.conversation.Speaker;
import net.sellmeapen.conversation.Turn;
import net.sellmeapen.conversation.analysis.ConversationAnalyzer;
import net.sellmeapen.language.SentenceEmbeddings;

/**
 * Measures the offline engines (run by {@code scripts/bench}, never by the test suite): analysing a
 * 40-turn conversation with its sentences already met (as in a live session, where each turn is read
 * when it is said) and cold (a pasted transcript), the scorecard, and the scripted buyer's reply time
 * over whole sessions. Prints a table and writes {@code target/bench/conversation.json}.
 */
public final class ConversationBench {

    private static final int RUNS = 60;
    private static final int SESSIONS = 24;

    private ConversationBench() {
    }

    public static void main(String[] args) throws IOException {
        Offline.ANALYZER.warmUp();
        List<Turn> forty = fortyTurns();
        time(RUNS, () -> Offline.ANALYZER.analyse(forty));
        double[] warm = time(RUNS, () -> Offline.ANALYZER.analyse(forty));
        double[] scoring = time(RUNS, () -> Offline.RUBRIC.evaluate(new Attempt(forty, Difficulty.HARD,
                Outcome.NO_SALE, Source.SERVER_RECORDED)));
        double[] cold = new double[5];
        for (int i = 0; i < cold.length; i++) {
            ConversationAnalyzer fresh = new ConversationAnalyzer(new SentenceEmbeddings(16_384), Offline.PRODUCT);
            fresh.warmUp();
            long start = System.nanoTime();
            fresh.analyse(forty);
            cold[i] = (System.nanoTime() - start) / 1e6;
        }
        double[] replies = replyTimes();
        String table = String.format(Locale.ROOT, """
                Offline engines (%d-turn conversation; %d runs; %d buyer sessions, %d replies)
                  analysis, sentences already met   median %6.1f ms   p90 %6.1f ms
                  analysis, cold (pasted)           median %6.1f ms   max %6.1f ms
                  rubric scorecard (incl. analysis) median %6.1f ms   p90 %6.1f ms
                  scripted buyer reply              median %6.1f ms   p99 %6.1f ms   max %6.1f ms
                """, forty.size(), RUNS, SESSIONS, replies.length, percentile(warm, 50), percentile(warm, 90),
                percentile(cold, 50), percentile(cold, 100), percentile(scoring, 50), percentile(scoring, 90),
                percentile(replies, 50), percentile(replies, 99), percentile(replies, 100));
        System.out.print(table);
        Files.createDirectories(Path.of("target/bench"));
        Files.writeString(Path.of("target/bench/conversation.json"), String.format(Locale.ROOT,
                "{\"turns\":%d,\"analysisWarmMedianMs\":%.2f,\"analysisColdMedianMs\":%.2f,\"scorecardMedianMs\":%.2f,"
                        + "\"buyerReplyMedianMs\":%.2f,\"buyerReplyP99Ms\":%.2f}%n", forty.size(), percentile(warm, 50),
                percentile(cold, 50), percentile(scoring, 50), percentile(replies, 50), percentile(replies, 99)));
        System.exit(0);
    }

    /** Two labelled strong conversations one after the other, cut to 40 turns. */
    private static List<Turn> fortyTurns() {
        List<Turn> turns = new ArrayList<>();
        for (Path file : Offline.files("labelled/strong")) {
            for (Turn turn : Offline.read(file).turns()) {
                if (turns.size() < 40) {
                    turns.add(new Turn(turns.size() + 1, turn.speaker(), turn.text(), Instant.EPOCH));
                }
            }
        }
        return turns;
    }

    private static double[] replyTimes() {
        ModelSeller seller = new ModelSeller(Offline.PRODUCT);
        List<Double> times = new ArrayList<>();
        for (int s = 0; s < SESSIONS; s++) {
            Difficulty difficulty = Difficulty.values()[s % Difficulty.values().length];
            String id = "bench-" + s;
            List<Turn> turns = new ArrayList<>(List.of(new Turn(1, Speaker.BUYER,
                    Offline.BUYER.opening(Scene.practice(id, difficulty)), Instant.EPOCH)));
            for (int i = 0; i < 16; i++) {
                String message = seller.next(Offline.ANALYZER.analyse(turns));
                long start = System.nanoTime();
                BuyerReply reply = Offline.BUYER.reply(Scene.practice(id, difficulty), List.copyOf(turns), message);
                times.add((System.nanoTime() - start) / 1e6);
                turns.add(new Turn(turns.size() + 1, Speaker.TRAINEE, message, Instant.EPOCH));
                turns.add(new Turn(turns.size() + 1, Speaker.BUYER, reply.text(), Instant.EPOCH));
                if (reply.decision() != null) {
                    break;
                }
            }
        }
        return times.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static double[] time(int runs, Runnable work) {
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.run();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        return millis;
    }

    private static double percentile(double[] values, int percent) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
