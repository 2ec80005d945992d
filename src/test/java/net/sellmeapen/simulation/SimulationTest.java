package net.sellmeapen.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import net.sellmeapen.Offline;
import net.sellmeapen.conversation.Difficulty;
import net.sellmeapen.conversation.Outcome;
import net.sellmeapen.simulation.trainees.Skill;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The scripted buyer against reactive scripted trainees of three skills, two sessions with every
 * buyer profile at every difficulty (384 sessions): competent trainees sell in most sessions, poor
 * ones in none above EASY, and no buyer line claims something it never said, repeats a long sentence
 * or names a price before money came up. Tables in {@code target/simulation.txt}, every transcript
 * in {@code target/simulation-transcripts.txt}.
 */
@Timeout(value = 15, unit = java.util.concurrent.TimeUnit.MINUTES)
class SimulationTest {

    private static final int SESSIONS_PER_BUYER = 2;
    private static final Map<Difficulty, Double> COMPETENT_SALES = Map.of(Difficulty.EASY, 0.80, Difficulty.MEDIUM,
            0.80, Difficulty.HARD, 0.60, Difficulty.EXPERT, 0.40);

    private static final List<Simulation.Session> SESSIONS = new ArrayList<>();

    @BeforeAll
    static void play() throws IOException {
        Simulation simulation = new Simulation(Offline.BUYER, Offline.PRODUCT);
        Map<String, List<String>> sessions = simulation.sessionsPerBuyer(SESSIONS_PER_BUYER);
        long seed = 1;
        for (Skill skill : Skill.values()) {
            for (Difficulty difficulty : Difficulty.values()) {
                for (List<String> ids : sessions.values()) {
                    for (String id : ids) {
                        SESSIONS.add(simulation.play(id + "-" + difficulty, difficulty, skill, seed++));
                    }
                }
            }
        }
        StringBuilder transcripts = new StringBuilder();
        SESSIONS.forEach(session -> transcripts.append(session.transcript()).append('\n'));
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/simulation-transcripts.txt"), transcripts);
        Files.writeString(Path.of("target/simulation.txt"), table());
        System.out.println(table());
    }

    @Test
    void competent_trainees_sell_at_every_difficulty() {
        for (Difficulty difficulty : Difficulty.values()) {
            assertThat(saleRate(Skill.COMPETENT, difficulty)).as("competent sales at %s\n%s", difficulty, table())
                    .isGreaterThanOrEqualTo(COMPETENT_SALES.get(difficulty));
        }
    }

    @Test
    void poor_trainees_never_sell_at_medium_and_above() {
        for (Difficulty difficulty : List.of(Difficulty.MEDIUM, Difficulty.HARD, Difficulty.EXPERT)) {
            assertThat(sessions(Skill.POOR, difficulty).stream().filter(s -> s.outcome() == Outcome.SALE)
                    .map(Simulation.Session::transcript)).as("poor sales at %s", difficulty).isEmpty();
        }
    }

    @Test
    void the_buyer_never_claims_it_said_what_it_did_not() {
        assertThat(SESSIONS.stream().filter(s -> !s.falseAsISaid().isEmpty()).map(Simulation.Session::transcript))
                .isEmpty();
    }

    @Test
    void the_buyer_never_repeats_a_sentence_of_five_words_or_more() {
        assertThat(SESSIONS.stream().filter(s -> !s.repeats().isEmpty()).map(Simulation.Session::transcript))
                .isEmpty();
    }

    @Test
    void the_buyer_names_a_price_or_budget_only_after_money_came_up() {
        assertThat(SESSIONS.stream().filter(s -> !s.earlyMoney().isEmpty()).map(Simulation.Session::transcript))
                .isEmpty();
    }

    private static List<Simulation.Session> sessions(Skill skill, Difficulty difficulty) {
        return SESSIONS.stream().filter(s -> s.skill() == skill && s.difficulty() == difficulty).toList();
    }

    private static double saleRate(Skill skill, Difficulty difficulty) {
        List<Simulation.Session> played = sessions(skill, difficulty);
        return played.stream().filter(s -> s.outcome() == Outcome.SALE).count() / (double) played.size();
    }

    static String table() {
        StringBuilder out = new StringBuilder("Sales per skill and difficulty (").append(SESSIONS.size())
                .append(" sessions, ").append(SESSIONS_PER_BUYER).append(" per buyer profile each)\n");
        out.append(String.format("%-10s", "skill"));
        for (Difficulty difficulty : Difficulty.values()) {
            out.append(String.format("%12s", difficulty));
        }
        out.append('\n');
        for (Skill skill : Skill.values()) {
            out.append(String.format("%-10s", skill.name().toLowerCase()));
            for (Difficulty difficulty : Difficulty.values()) {
                List<Simulation.Session> played = sessions(skill, difficulty);
                long sales = played.stream().filter(s -> s.outcome() == Outcome.SALE).count();
                out.append(String.format("%12s", sales + "/" + played.size()));
            }
            out.append('\n');
        }
        Map<Outcome, Long> ends = new EnumMap<>(Outcome.class);
        SESSIONS.forEach(s -> { if (s.outcome() != null) { ends.merge(s.outcome(), 1L, Long::sum); } });
        long undecided = SESSIONS.stream().filter(s -> s.outcome() == null).count();
        out.append(String.format("decided: %s, undecided: %d; false 'as I said': %d, repeated sentences: %d,"
                + " money before it came up: %d; buyer replies: %d%n", ends, undecided,
                SESSIONS.stream().mapToInt(s -> s.falseAsISaid().size()).sum(),
                SESSIONS.stream().mapToInt(s -> s.repeats().size()).sum(),
                SESSIONS.stream().mapToInt(s -> s.earlyMoney().size()).sum(),
                SESSIONS.stream().mapToLong(s -> s.turns().size() / 2).sum()));
        return out.toString();
    }
}
