package net.sellmeapen.evaluation;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import net.sellmeapen.Offline;
import net.sellmeapen.bench.ProcStats;
import net.sellmeapen.conversation.Difficulty;
import net.sellmeapen.conversation.Outcome;
import net.sellmeapen.conversation.Source;
import net.sellmeapen.conversation.Turn;
import net.sellmeapen.conversation.analysis.ConversationAnalyzer;
import net.sellmeapen.language.SentenceEmbeddings;
import net.sellmeapen.simulation.Simulation;
import net.sellmeapen.simulation.trainees.Skill;

/**
 * Measures the offline engines (run by {@code scripts/bench}, never by the test suite): analysing a
 * 40-turn conversation with its sentences already met (as in a live session, where each turn is read
 * when it is said) and cold (a pasted transcript), the scorecard, and the scripted buyer's reply —
 * wall time and server CPU — over whole sessions of the simulated trainees. Prints a table and writes {@code target/bench/conversation.json}.
 */
public final class ConversationBench {

    private static final int RUNS = 60;
    /** Sessions of simulated trainees timed: each skill at each difficulty with SESSIONS / 4 buyers. */
    private static final int SESSIONS = 32;
    private static final int WARM_UP_SESSIONS = 6;

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
        double[][] measured = replyTimes();
        double[] replies = measured[1];
        double[] cpu = measured[0];
        double processPerReply = measured[2][0];
        String table = String.format(Locale.ROOT, """
                Offline engines (%d-turn conversation; %d runs; %d simulated sessions, %d buyer replies)
                  analysis, sentences already met   median %6.1f ms   p90 %6.1f ms
                  analysis, cold (pasted)           median %6.1f ms   max %6.1f ms
                  rubric scorecard (incl. analysis) median %6.1f ms   p90 %6.1f ms
                  scripted buyer reply, wall        median %6.1f ms   p99 %6.1f ms   max %6.1f ms
                  scripted buyer reply, CPU         median %6.1f ms   p90 %6.1f ms   p99 %6.1f ms   (goal: under 20)
                  (the thread that replies, sentence model included; the whole process, JIT and GC too, %.1f ms a reply)
                """, forty.size(), RUNS, SESSIONS * 3 - WARM_UP_SESSIONS, replies.length, percentile(warm, 50), percentile(warm, 90),
                percentile(cold, 50), percentile(cold, 100), percentile(scoring, 50), percentile(scoring, 90),
                percentile(replies, 50), percentile(replies, 99), percentile(replies, 100), percentile(cpu, 50),
                percentile(cpu, 90), percentile(cpu, 99), processPerReply);
        System.out.print(table);
        Files.createDirectories(Path.of("target/bench"));
        Files.writeString(Path.of("target/bench/conversation.json"), String.format(Locale.ROOT,
                "{\"turns\":%d,\"analysisWarmMedianMs\":%.2f,\"analysisColdMedianMs\":%.2f,\"scorecardMedianMs\":%.2f,"
                        + "\"buyerReplyMedianMs\":%.2f,\"buyerReplyP99Ms\":%.2f,\"buyerReplyCpuMedianMs\":%.2f,"
                        + "\"buyerReplyCpuP90Ms\":%.2f,\"buyerReplyCpuP99Ms\":%.2f,\"processCpuPerReplyMs\":%.2f}%n",
                forty.size(), percentile(warm, 50),
                percentile(cold, 50), percentile(scoring, 50), percentile(replies, 50), percentile(replies, 99),
                percentile(cpu, 50), percentile(cpu, 90), percentile(cpu, 99), processPerReply));
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

    /**
     * Server CPU (the whole process: the sentence model runs on threads of its own) and wall time of
     * each scripted buyer reply, over sessions of the simulated trainees, whose messages are new text
     * each time (every part is read and embedded for the first time). The first sessions warm the JIT
     * and are not counted.
     */
    private static double[][] replyTimes() {
        Simulation simulation = new Simulation(Offline.BUYER, Offline.PRODUCT);
        List<String> ids = simulation.sessionsPerBuyer(1).values().stream().map(list -> list.get(0)).toList();
        List<double[]> times = new ArrayList<>();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long pid = ProcessHandle.current().pid();
        long processCpu = 0;
        int played = 0;
        for (Skill skill : Skill.values()) {
            for (Difficulty difficulty : Difficulty.values()) {
                for (String id : ids.subList(0, SESSIONS / 4)) {
                    boolean counted = played++ >= WARM_UP_SESSIONS;
                    long before = ProcStats.cpuNanos(pid);
                    simulation.play("bench-" + id + difficulty, difficulty, skill, 1_000 + played,
                            threads::getCurrentThreadCpuTime, reply -> {
                        if (counted) {
                            times.add(new double[] {reply[0] / 1e6, reply[1] / 1e6});
                        }
                    });
                    processCpu += counted ? ProcStats.cpuNanos(pid) - before : 0;
                }
            }
        }
        double processPerReply = processCpu / 1e6 / times.size();
        return new double[][] {times.stream().mapToDouble(t -> t[0]).toArray(),
                times.stream().mapToDouble(t -> t[1]).toArray(), {processPerReply}};
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
