package net.sellmeapen.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import net.sellmeapen.Offline.Played;
import net.sellmeapen.Offline;
import net.sellmeapen.coaching.ModelSeller;
import net.sellmeapen.conversation.Category;
import net.sellmeapen.conversation.Difficulty;
import net.sellmeapen.conversation.Outcome;
import net.sellmeapen.conversation.Source;
import net.sellmeapen.conversation.Speaker;
import net.sellmeapen.conversation.Turn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 180, unit = TimeUnit.SECONDS)
class RubricEvaluatorTest {

    private static List<Turn> turns(String... lines) {
        List<Turn> turns = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            turns.add(new Turn(i + 1, i % 2 == 0 ? Speaker.BUYER : Speaker.TRAINEE, lines[i], Instant.EPOCH));
        }
        return turns;
    }

    private static SalesEvaluation score(List<Turn> turns, Outcome outcome) {
        return Offline.RUBRIC.evaluate(new Attempt(turns, Difficulty.MEDIUM, outcome, Source.SERVER_RECORDED));
    }

    private static List<Played> played() {
        ModelSeller seller = new ModelSeller(Offline.PRODUCT);
        List<Played> all = new ArrayList<>();
        for (Difficulty difficulty : Difficulty.values()) {
            for (int i = 0; i < 3; i++) {
                all.add(Offline.play("rubric-" + difficulty + i, difficulty,
                        history -> seller.next(Offline.ANALYZER.analyse(history)), 16));
                all.add(Offline.playScript("rubric-thin-" + difficulty + i, difficulty, List.of(
                        "Hi! It's the best pen ever.", "It has an aluminium barrel and a clip.",
                        "Would you like to buy it?", "Only one left, buy it now.", "Would you like to buy it?")));
            }
        }
        return all;
    }

    @Test
    void every_piece_of_evidence_has_its_turn_and_whether_it_earned_or_cost_points() {
        for (Played played : played()) {
            SalesEvaluation card = played.scorecard();
            card.categories().values().forEach(category -> category.evidence().forEach(evidence -> {
                Turn turn = played.turns().get(evidence.turn() - 1);
                assertThat(turn.speaker()).isEqualTo(Speaker.TRAINEE);
                assertThat(turn.text()).contains(evidence.quote().replace("…", ""));
                assertThat(evidence.mark()).isIn(Evidence.EARNED, Evidence.COST);
                assertThat(evidence.mark().equals(Evidence.COST) ? evidence.points() <= 0 : evidence.points() >= 0)
                        .isTrue();
            }));
        }
    }

    @Test
    void turning_points_quote_this_conversation_and_say_what_to_try_and_why() {
        for (Played played : played()) {
            SalesEvaluation card = played.scorecard();
            assertThat(card.turningPoints()).hasSizeLessThanOrEqualTo(3);
            for (TurningPoint point : card.turningPoints()) {
                assertThat(played.turns().get(point.turn() - 1).text()).contains(point.youSaid());
                assertThat(point.tryInstead()).isNotBlank();
                assertThat(point.why()).isNotBlank();
            }
        }
        Played thin = played().get(1);
        assertThat(thin.scorecard().turningPoints()).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void feedback_agrees_in_number_and_with_the_outcome() {
        Pattern badNumber = Pattern.compile("\\b1 (questions|benefits|concerns|turns|claims|lines|features|sessions|"
                + "ones)\\b|\\b([02-9]|\\d\\d) (question|benefit|concern|turn|claim|line|feature|session)\\b"
                + "|of them open questions|all 0 of");
        for (Played played : played()) {
            SalesEvaluation card = played.scorecard();
            List<String> texts = new ArrayList<>(List.of(card.feedback()));
            card.categories().values().forEach(category -> texts.add(category.feedback()));
            for (String text : texts) {
                assertThat(badNumber.matcher(text).find()).as(text).isFalse();
            }
            if (played.outcome() != Outcome.SALE) {
                assertThat(card.feedback()).doesNotContain("The buyer bought");
                assertThat(card.categories().get("closingTechnique").feedback()).doesNotContain("The buyer bought");
            }
            if (card.categories().values().stream().allMatch(c -> c.score() < 10)) {
                assertThat(card.feedback()).doesNotContain("Strongest");
            }
        }
    }

    @Test
    void with_no_concern_raised_objection_handling_is_the_average_of_the_other_four_and_says_so() {
        SalesEvaluation card = score(turns("Sell me this pen.", "What do you do for a living?",
                "I'm a teacher; I mark essays every night.", "What bothers you about your pen?",
                "My hand aches after a pile of marking.",
                "The soft wide grip means your hand won't ache after a pile of marking.", "Oh, nice.",
                "Shall I put one aside for you?", "Yes, please."), Outcome.SALE);
        CategoryScore objections = card.categories().get("objectionHandling");
        int others = card.score(Category.NEEDS_DISCOVERY) + card.score(Category.VALUE_PROPOSITION)
                + card.score(Category.URGENCY_CREATION) + card.score(Category.CLOSING_TECHNIQUE);
        assertThat(objections.score()).isEqualTo(Math.round(others / 4f));
        assertThat(objections.feedback()).contains("no occasion");
    }

    @Test
    void an_ignored_concern_costs_and_becomes_a_turning_point() {
        SalesEvaluation card = score(turns("Sell me this pen.", "It has quick-dry ink.",
                "That sounds expensive for a pen.", "It also has a metal clip.", "Still too expensive.",
                "Would you like to buy it?", "No."), Outcome.NO_SALE);
        assertThat(card.categories().get("objectionHandling").score()).isZero();
        assertThat(card.turningPoints()).anySatisfy(point -> assertThat(point.why()).contains("the price"));
        assertThat(card.concerns()).allSatisfy(concern -> assertThat(concern.answered()).isFalse());
    }

    @Test
    void a_self_reported_transcript_gets_no_credit_for_a_sale_it_claims() {
        List<Turn> turns = turns("Sell me this pen.", "What do you do for a living?", "I'm a chef.",
                "What bothers you about your pens?", "They vanish in the kitchen.",
                "The metal clip keeps it on your order book, so it won't vanish.", "Nice.",
                "Shall I put one aside for you?", "Deal, I'll take it.");
        SalesEvaluation recorded = Offline.RUBRIC.evaluate(new Attempt(turns, Difficulty.MEDIUM, Outcome.SALE,
                Source.SERVER_RECORDED));
        SalesEvaluation pasted = Offline.RUBRIC.evaluate(new Attempt(turns, Difficulty.MEDIUM, Outcome.SALE,
                Source.SELF_REPORTED));
        assertThat(pasted.source()).isEqualTo(Source.SELF_REPORTED);
        assertThat(pasted.score(Category.CLOSING_TECHNIQUE)).isLessThan(recorded.score(Category.CLOSING_TECHNIQUE));
        assertThat(pasted.categories().get("closingTechnique").feedback()).contains("self-reported");
    }

    @Test
    void the_same_attempt_always_gets_the_same_scorecard() {
        Played played = played().get(0);
        assertThat(played.scorecard()).isEqualTo(played.scorecard());
    }
}
