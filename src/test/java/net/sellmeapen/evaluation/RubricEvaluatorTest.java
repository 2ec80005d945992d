package net.sellmeapen.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import net.sellmeapen.conversation.Difficulty;
import net.sellmeapen.conversation.Speaker;
import net.sellmeapen.conversation.Transcripts;
import net.sellmeapen.conversation.Turn;
import org.junit.jupiter.api.Test;

class RubricEvaluatorTest {

    private final RubricEvaluator evaluator = new RubricEvaluator();

    record Scored(String tier, String name, SalesEvaluation evaluation) {
    }

    private static List<Turn> turns(String transcript) {
        return Transcripts.parseText(transcript, Instant.EPOCH);
    }

    private List<Scored> scoreTier(String tier) throws IOException, URISyntaxException {
        Path folder = Path.of(getClass().getResource("/fixtures/" + tier).toURI());
        List<Scored> scored = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.sorted().toList()) {
                String transcript = Files.readString(file, StandardCharsets.UTF_8);
                scored.add(new Scored(tier, file.getFileName().toString(),
                        evaluator.evaluate(turns(transcript), Difficulty.MEDIUM)));
            }
        }
        return scored;
    }

    @Test
    void every_strong_pitch_outscores_every_medium_and_every_medium_outscores_every_weak() throws Exception {
        List<Scored> strong = scoreTier("strong");
        List<Scored> medium = scoreTier("medium");
        List<Scored> weak = scoreTier("weak");
        assertThat(strong.size() + medium.size() + weak.size()).isGreaterThanOrEqualTo(15);

        List<Scored> all = new ArrayList<>(strong);
        all.addAll(medium);
        all.addAll(weak);
        writeRanking(all);

        int weakestStrong = strong.stream().mapToInt(s -> s.evaluation().totalScore()).min().orElseThrow();
        int strongestMedium = medium.stream().mapToInt(s -> s.evaluation().totalScore()).max().orElseThrow();
        int weakestMedium = medium.stream().mapToInt(s -> s.evaluation().totalScore()).min().orElseThrow();
        int strongestWeak = weak.stream().mapToInt(s -> s.evaluation().totalScore()).max().orElseThrow();
        assertThat(weakestStrong).as("weakest strong vs strongest medium").isGreaterThan(strongestMedium);
        assertThat(weakestMedium).as("weakest medium vs strongest weak").isGreaterThan(strongestWeak);
    }

    /** Leaves the ranking in target/ so a person can read what the rubric made of each fixture. */
    private static void writeRanking(List<Scored> all) throws IOException {
        StringBuilder out = new StringBuilder();
        all.stream()
                .sorted(Comparator.comparingInt((Scored s) -> s.evaluation().totalScore()).reversed())
                .forEach(s -> {
                    out.append(String.format("%3d  %-6s %-40s", s.evaluation().totalScore(), s.tier(), s.name()));
                    for (Category category : Category.values()) {
                        out.append(String.format(" %s=%2d", category.key(), s.evaluation().score(category)));
                    }
                    out.append('\n');
                });
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/rubric-ranking.txt"), out);
    }

    @Test
    void strong_pitches_earn_at_least_a_b_and_weak_ones_fail() throws Exception {
        assertThat(scoreTier("strong")).allSatisfy(s -> assertThat(s.evaluation().grade()).as(s.name()).isIn("A", "B"));
        assertThat(scoreTier("weak")).allSatisfy(s -> assertThat(s.evaluation().grade()).as(s.name()).isIn("D", "F"));
    }

    @Test
    void the_same_transcript_always_gets_the_same_scorecard() {
        String transcript = net.sellmeapen.Fixtures.text("fixtures/strong/01-lawyer-price-objection.txt");
        SalesEvaluation first = evaluator.evaluate(turns(transcript), Difficulty.HARD);
        SalesEvaluation second = evaluator.evaluate(turns(transcript), Difficulty.HARD);
        assertThat(second).isEqualTo(first);
    }

    @Test
    void scorecard_has_five_categories_of_twenty_with_totals_weight_and_grade() {
        String transcript = net.sellmeapen.Fixtures.text("fixtures/strong/02-teacher-already-has-pen.txt");
        SalesEvaluation evaluation = evaluator.evaluate(turns(transcript), Difficulty.HARD);
        assertThat(evaluation.categories()).containsOnlyKeys("needsDiscovery", "valueProposition",
                "urgencyCreation", "objectionHandling", "closingTechnique");
        assertThat(evaluation.categories().values()).allSatisfy(score -> {
            assertThat(score.maxScore()).isEqualTo(20);
            assertThat(score.score()).isBetween(0, 20);
            assertThat(score.feedback()).isNotBlank();
        });
        int sum = evaluation.categories().values().stream().mapToInt(CategoryScore::score).sum();
        assertThat(evaluation.totalScore()).isEqualTo(sum);
        assertThat(evaluation.weightedScore()).isEqualTo(Math.round(sum * 1.2f));
        assertThat(evaluation.multiplier()).isEqualTo(1.2);
        assertThat(evaluation.grade()).isEqualTo(SalesEvaluation.grade(sum));
        assertThat(evaluation.evaluator()).isEqualTo("rubric");
        assertThat(evaluation.recommendations()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(evaluation.feedback()).contains(sum + "/100");
    }

    @Test
    void evidence_quotes_are_the_trainees_own_words() {
        String transcript = net.sellmeapen.Fixtures.text("fixtures/strong/01-lawyer-price-objection.txt");
        List<Turn> turns = turns(transcript);
        String traineeWords = turns.stream().filter(t -> t.speaker() == Speaker.TRAINEE)
                .map(Turn::text).reduce("", (a, b) -> a + "\n" + b);
        SalesEvaluation evaluation = evaluator.evaluate(turns, Difficulty.MEDIUM);
        List<String> quotes = evaluation.categories().values().stream().flatMap(c -> c.evidence().stream()).toList();
        assertThat(quotes).isNotEmpty().allSatisfy(quote -> assertThat(traineeWords).contains(quote));
    }

    @Test
    void pitching_before_any_question_is_called_out_in_needs_discovery() {
        SalesEvaluation evaluation = evaluator.evaluate(turns("""
                Buyer: Sell me this pen.
                Trainee: This pen has smooth ink and a steel clip.
                Buyer: Okay.
                Trainee: What do you do for work?
                """), Difficulty.MEDIUM);
        CategoryScore discovery = evaluation.categories().get("needsDiscovery");
        assertThat(discovery.feedback()).startsWith("You started pitching before asking a single question");
        assertThat(discovery.evidence()).containsExactly("This pen has smooth ink and a steel clip.");
        assertThat(discovery.score()).isEqualTo(3);
    }

    @Test
    void a_benefit_that_reuses_what_the_buyer_said_counts_as_personalised() {
        SalesEvaluation evaluation = evaluator.evaluate(turns("""
                Trainee: What do you write most at work?
                Buyer: Invoices. Hundreds of invoices.
                Trainee: With this pen you'll sign invoices twice as fast.
                """), Difficulty.MEDIUM);
        assertThat(evaluation.categories().get("needsDiscovery").feedback()).contains("(\"invoices\")");
        CategoryScore value = evaluation.categories().get("valueProposition");
        assertThat(value.feedback()).contains("1 benefit, 1 tied to what the buyer told you");
        assertThat(value.score()).isEqualTo(6);
    }

    @Test
    void objections_are_scored_on_the_next_turn_and_arguing_costs_points() {
        SalesEvaluation calm = evaluator.evaluate(turns("""
                Trainee: What do you use now?
                Buyer: It's too expensive for me.
                Trainee: I understand. It lasts for years, so it's worth it per day. What budget did you have in mind?
                """), Difficulty.MEDIUM);
        SalesEvaluation argued = evaluator.evaluate(turns("""
                Trainee: What do you use now?
                Buyer: It's too expensive for me.
                Trainee: Come on, that's ridiculous, it's worth it.
                """), Difficulty.MEDIUM);
        assertThat(calm.score(Category.OBJECTION_HANDLING)).isEqualTo(20);
        assertThat(calm.categories().get("objectionHandling").feedback()).contains("(price)").contains("1 of them well");
        assertThat(argued.score(Category.OBJECTION_HANDLING)).isZero();
        assertThat(argued.categories().get("objectionHandling").feedback()).contains("Arguing");
    }

    @Test
    void with_no_objection_raised_the_rule_is_stated_and_scores_neutral() {
        SalesEvaluation evaluation = evaluator.evaluate(turns("""
                Trainee: What do you do?
                Buyer: I'm a nurse.
                Trainee: How do you take notes on a shift?
                Buyer: On a little pad.
                Trainee: This pen clips to your pad, so you'll never lose it on a shift.
                """), Difficulty.MEDIUM);
        CategoryScore objections = evaluation.categories().get("objectionHandling");
        assertThat(objections.score()).isEqualTo(10);
        assertThat(objections.feedback()).isEqualTo("The buyer raised no objections, so this scores a neutral 10/20.");
    }

    @Test
    void urgency_tied_to_the_buyers_deadline_scores_more_than_generic_pressure() {
        SalesEvaluation tied = evaluator.evaluate(turns("""
                Trainee: When do you next need to sign something important?
                Buyer: The mortgage papers on Thursday.
                Trainee: Then get it today so it's in your hand before Thursday, the offer price ends tonight.
                """), Difficulty.MEDIUM);
        SalesEvaluation generic = evaluator.evaluate(turns("""
                Trainee: When do you next need to sign something important?
                Buyer: The mortgage papers on Thursday.
                Trainee: Buy it right now.
                """), Difficulty.MEDIUM);
        assertThat(tied.score(Category.URGENCY_CREATION)).isEqualTo(11);
        assertThat(tied.categories().get("urgencyCreation").feedback()).contains("timing tied to the buyer's situation");
        assertThat(generic.score(Category.URGENCY_CREATION)).isZero();
    }

    @Test
    void closing_rewards_an_ask_an_assumptive_close_and_the_buyer_agreeing() {
        SalesEvaluation evaluation = evaluator.evaluate(turns("""
                Trainee: What do you write with today?
                Buyer: A chewed biro.
                Trainee: You'll feel proud signing with this instead of a chewed biro. Would you like to buy one?
                Buyer: Yes please, I'll take one.
                Trainee: Which colour would you like?
                """), Difficulty.MEDIUM);
        CategoryScore closing = evaluation.categories().get("closingTechnique");
        assertThat(closing.score()).isEqualTo(16);
        assertThat(closing.feedback()).contains("asked for the sale").contains("assumptive").contains("the buyer agreed");
        assertThat(closing.evidence()).contains("Would you like to buy one?", "Which colour would you like?");
    }

    @Test
    void a_buyer_saying_no_deal_did_not_agree() {
        assertThat(BuyerSignals.agreed(turns("Trainee: Deal?\nBuyer: No deal."))).isFalse();
        assertThat(BuyerSignals.agreed(turns("Trainee: Deal?\nBuyer: Deal."))).isTrue();
        assertThat(BuyerSignals.agreed(turns("Trainee: Deal?\nBuyer: I'm not sold, sorry."))).isFalse();
        assertThat(BuyerSignals.agreed(turns("Trainee: Deal?\nBuyer: Sold!\nTrainee: Great\nBuyer: Actually, no thanks."))).isFalse();
    }

    @Test
    void the_recommendations_start_with_the_weakest_category() {
        SalesEvaluation evaluation = evaluator.evaluate(turns("""
                Trainee: What do you do for work?
                Buyer: I'm a chef.
                Trainee: How do you use a pen in the kitchen?
                Buyer: Writing orders, and the pens melt near the stove.
                Trainee: This pen is metal, so you'll never have a melted pen near the stove again, unlike plastic ones.
                Buyer: That's good. But it's expensive.
                Trainee: I understand. It lasts for years, so it's worth it. The offer ends today.
                Buyer: Hmm.
                """), Difficulty.MEDIUM);
        assertThat(evaluation.score(Category.CLOSING_TECHNIQUE)).isZero();
        assertThat(evaluation.categories().values()).filteredOn(c -> c.score() == 0).hasSize(1);
        assertThat(evaluation.recommendations().get(0)).contains("ask for the sale");
    }
}
