package net.sellmeapen.buyer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import net.sellmeapen.conversation.Difficulty;
import net.sellmeapen.conversation.Outcome;
import net.sellmeapen.conversation.Speaker;
import net.sellmeapen.conversation.Turn;
import net.sellmeapen.language.Phrases;
import net.sellmeapen.language.SalesVocabulary;
import net.sellmeapen.language.Sentences;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ScriptedBuyerTest {

    private static final List<String> SESSIONS = List.of("session-alpha", "session-bravo", "session-charlie",
            "session-delta", "session-echo", "session-foxtrot", "session-golf", "session-hotel", "session-india",
            "session-juliet", "session-kilo", "session-lima");

    private final ScriptedBuyer buyer = new ScriptedBuyer();

    /** A conversation driven by a trainee strategy that sees the buyer's last line. */
    private final class Conversation {
        final String id;
        final Difficulty difficulty;
        final List<Turn> turns = new ArrayList<>();
        Outcome outcome;
        boolean closedYet;

        Conversation(String id, Difficulty difficulty) {
            this.id = id;
            this.difficulty = difficulty;
            turns.add(new Turn(1, Speaker.BUYER, buyer.opening(id, difficulty), Instant.EPOCH));
        }

        String lastBuyerLine() {
            return turns.get(turns.size() - 1).text();
        }

        List<String> buyerLines() {
            return turns.stream().filter(t -> t.speaker() == Speaker.BUYER).map(Turn::text).toList();
        }

        void say(String text) {
            if (SalesVocabulary.ASK.in(Phrases.normalise(text))) {
                closedYet = true;
            }
            BuyerReply reply = buyer.reply(id, difficulty, List.copyOf(turns), text);
            turns.add(new Turn(turns.size() + 1, Speaker.TRAINEE, text, Instant.EPOCH));
            turns.add(new Turn(turns.size() + 1, Speaker.BUYER, reply.text(), Instant.EPOCH));
            outcome = reply.decision();
        }

        Outcome run(Function<Conversation, String> trainee, int maxMessages) {
            for (int i = 0; i < maxMessages && outcome == null; i++) {
                say(trainee.apply(this));
            }
            return outcome;
        }
    }

    private static boolean objects(String buyerLine) {
        return Arrays.stream(Objection.values()).flatMap(o -> o.lines().stream()).anyMatch(buyerLine::contains);
    }

    /** The longest words of the buyer's answers: what a listening trainee would repeat back. */
    private static String wordsFrom(List<String> answers, int count) {
        return answers.stream()
                .flatMap(a -> Arrays.stream(a.toLowerCase(Locale.ROOT).split("[^a-z]+")))
                .filter(w -> w.length() >= 5)
                .distinct()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .limit(count)
                .reduce((a, b) -> a + " and " + b)
                .orElse("your work");
    }

    /** Asks first, ties benefits to the answers, handles every objection, adds personal urgency, closes. */
    private static String goodTrainee(Conversation c) {
        int said = (int) c.turns.stream().filter(t -> t.speaker() == Speaker.TRAINEE).count();
        List<String> buyer = c.buyerLines();
        if (objects(c.lastBuyerLine())) {
            return "I understand, that's a fair point. It's guaranteed for two years, so there's no risk, and it"
                    + " works out to a few cents a day for your " + wordsFrom(buyer.subList(1, Math.min(4, buyer.size())), 1)
                    + ". What would make it an easy yes for you?";
        }
        return switch (said) {
            case 0 -> "Happy to. Before I tell you anything about it, what do you do for a living?";
            case 1 -> "How often do you write or sign things by hand?";
            case 2 -> "What frustrates you about the pens you use now?";
            case 3 -> "Is anything important coming up soon?";
            case 4 -> "You mentioned " + wordsFrom(buyer.subList(1, 4), 3) + ". This pen never lets you down,"
                    + " which means you can focus on your " + wordsFrom(buyer.subList(1, 3), 1)
                    + " without worrying about it.";
            case 5 -> "Unlike the pens you have now, it's built for exactly that, so you'll look prepared every time.";
            default -> c.closedYet && !objects(c.lastBuyerLine()) && said % 2 == 0
                    ? "The launch price ends this week, so you'd have it in time for " + timingWords(buyer)
                            + ". Would you like to take one today?"
                    : "You told me: " + timingWords(buyer) + ". The offer price ends this week, so you'd have it in"
                            + " time. Would you like to take one today?";
        };
    }

    private static String timingWords(List<String> buyerLines) {
        return buyerLines.size() > 4 ? buyerLines.get(4).replaceAll("[.!?]", "").toLowerCase(Locale.ROOT) : "that";
    }

    /** Lists features and asks for the sale straight away, ignoring the buyer. */
    private static String featureDumper(Conversation c) {
        return "This pen has a steel barrel, gel ink and a rubber grip. It's a great pen. Do you want to buy it?";
    }

    /** Talks at length about the pen and never asks anything or closes. */
    private static String rambler(Conversation c) {
        return "So this pen, let me tell you all about it, it has a steel barrel and gel ink and a rubber grip and"
                + " a chrome clip and it comes in six colours and the design was made by a team in Germany who"
                + " spent years on it and the ink is smooth and the weight is balanced and the box it comes in is"
                + " also very nice and I could talk about the refills and the cap and the engraving too.";
    }

    @ParameterizedTest
    @EnumSource(value = Difficulty.class, names = {"EASY", "MEDIUM", "HARD"})
    void a_question_first_tied_pitch_that_handles_objections_and_closes_wins(Difficulty difficulty) {
        for (String id : SESSIONS) {
            Conversation c = new Conversation(id, difficulty);
            assertThat(c.run(ScriptedBuyerTest::goodTrainee, 20))
                    .as("%s at %s (%s): %s", id, difficulty, BuyerProfiles.forSession(id).name(), c.turns)
                    .isEqualTo(Outcome.SALE);
        }
    }

    @ParameterizedTest
    @EnumSource(value = Difficulty.class, names = {"MEDIUM", "HARD", "EXPERT"})
    void a_feature_dump_with_an_early_close_loses(Difficulty difficulty) {
        for (String id : SESSIONS) {
            Conversation c = new Conversation(id, difficulty);
            assertThat(c.run(ScriptedBuyerTest::featureDumper, 20)).as("%s: %s", id, c.turns)
                    .isEqualTo(Outcome.NO_SALE);
        }
    }

    @Test
    void expert_walks_away_from_a_rambling_pitch_before_any_close() {
        for (String id : SESSIONS) {
            Conversation c = new Conversation(id, Difficulty.EXPERT);
            assertThat(c.run(ScriptedBuyerTest::rambler, 10)).isEqualTo(Outcome.NO_SALE);
            assertThat(c.closedYet).isFalse();
            assertThat(c.turns.size()).as("walked away within three messages").isLessThanOrEqualTo(7);
            assertThat(c.lastBuyerLine()).containsAnyOf("leaving", "done", "pass");
        }
    }

    @Test
    void replaying_a_session_gives_the_same_replies() {
        Conversation first = new Conversation("session-replay", Difficulty.HARD);
        first.run(ScriptedBuyerTest::goodTrainee, 20);
        Conversation second = new Conversation("session-replay", Difficulty.HARD);
        second.run(ScriptedBuyerTest::goodTrainee, 20);
        assertThat(second.turns).isEqualTo(first.turns);
        assertThat(second.outcome).isEqualTo(first.outcome);
    }

    @Test
    void discovery_questions_are_answered_truthfully_from_the_hidden_profile() {
        String id = "session-profile";
        BuyerProfile profile = BuyerProfiles.forSession(id);
        Conversation c = new Conversation(id, Difficulty.MEDIUM);
        c.say("What do you do for a living?");
        assertThat(c.lastBuyerLine()).contains(profile.answers().get(Topic.WORK));
        c.say("What do you write with at the moment?");
        assertThat(c.lastBuyerLine()).contains(profile.answers().get(Topic.CURRENT_PEN));
        c.say("What annoys you most about it?");
        assertThat(c.lastBuyerLine()).contains(profile.answers().get(Topic.PAIN));
        c.say("Do you have anything important coming up?");
        assertThat(c.lastBuyerLine()).contains(profile.answers().get(Topic.TIMING));
    }

    @Test
    void sessions_meet_at_least_eight_different_buyers() {
        assertThat(BuyerProfiles.ALL).hasSizeGreaterThanOrEqualTo(8);
        assertThat(BuyerProfiles.ALL).allSatisfy(p -> assertThat(p.answers()).hasSize(Topic.values().length));
        long distinct = java.util.stream.IntStream.range(0, 200)
                .mapToObj(i -> BuyerProfiles.forSession("s" + i).name()).distinct().count();
        assertThat(distinct).isEqualTo(BuyerProfiles.ALL.size());
    }

    @Test
    void openings_fit_the_difficulty_and_ask_to_be_sold_the_pen() {
        for (Difficulty difficulty : Difficulty.values()) {
            assertThat(buyer.opening("x", difficulty)).containsIgnoringCase("sell me this pen");
        }
        assertThat(BuyerLines.OPENINGS.get(Difficulty.EXPERT)).allSatisfy(line ->
                assertThat(line).containsAnyOf("quick", "two minutes"));
    }

    @Test
    void easy_raises_at_most_one_mild_objection() {
        for (String id : SESSIONS) {
            Conversation c = new Conversation(id, Difficulty.EASY);
            c.run(ScriptedBuyerTest::goodTrainee, 20);
            long objections = c.buyerLines().stream().filter(ScriptedBuyerTest::objects).count();
            assertThat(objections).isLessThanOrEqualTo(1);
        }
    }

    @Test
    void rudeness_ends_an_expert_conversation_at_once() {
        Conversation c = new Conversation("session-rude", Difficulty.EXPERT);
        c.say("Shut up and buy the pen, you idiot.");
        assertThat(c.outcome).isEqualTo(Outcome.NO_SALE);
    }

    @Test
    void replies_are_one_to_three_sentences() {
        for (Difficulty difficulty : Difficulty.values()) {
            for (String id : SESSIONS) {
                Conversation c = new Conversation(id, difficulty);
                c.run(ScriptedBuyerTest::goodTrainee, 20);
                assertThat(c.buyerLines()).allSatisfy(line -> assertThat(
                        Sentences.split(line)).hasSizeBetween(1, 3));
            }
        }
    }
}
