package net.sellmeapen.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sellmeapen.Offline;
import net.sellmeapen.coaching.DeliveryAnalytics;
import net.sellmeapen.coaching.ModelSeller;
import net.sellmeapen.conversation.Difficulty;
import net.sellmeapen.conversation.Outcome;
import net.sellmeapen.conversation.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Reads the words of many generated scorecards — every fixture, labelled pitch and gaming script at
 * each of their outcomes, and model and scripted plays at every difficulty — for number agreement,
 * praise that contradicts the score, and claims that contradict the outcome.
 */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class ScorecardWordingTest {

    private static final String NOUNS = "question|concern|benefit|feature|line|session|point|turn|thing|word|fact"
            + "|claim|time|sale|minute|reason";
    private static final Pattern ONE_PLURAL = Pattern.compile("\\b(1|one) (?:\\w+ )?(?:" + NOUNS + ")s\\b");
    private static final Pattern MANY_SINGULAR = Pattern.compile("\\b(0|[2-9]|\\d{2,}|two|three|four|five) (?:"
            + NOUNS + ")\\b(?!s)");
    private static final Pattern STRONGEST = Pattern.compile("Strongest: [^(]+\\((\\d+)/20\\)");
    private static final Pattern ANALYSIS_LIKE = Pattern.compile("\\b(of them open questions|all 0 of|0 of their)\\b");

    /** One scorecard's words with the outcome it was given. */
    private record Card(String name, Outcome outcome, SalesEvaluation evaluation, String analytics) {

        List<String> sentences() {
            List<String> all = new ArrayList<>();
            all.add(evaluation.feedback());
            evaluation.categories().values().forEach(category -> all.add(category.feedback()));
            all.addAll(evaluation.recommendations());
            evaluation.turningPoints().forEach(point -> all.add(point.tryInstead() + " " + point.why()));
            all.add(analytics);
            return all;
        }
    }

    private static List<Card> cards() {
        List<Card> cards = new ArrayList<>();
        List<Path> files = new ArrayList<>(Offline.files("gaming"));
        for (String level : List.of("strong", "medium", "weak")) {
            files.addAll(Offline.files("labelled/" + level));
            files.addAll(Offline.files("fixtures/" + level));
        }
        for (Path file : files) {
            Offline.Transcript transcript = Offline.read(file);
            for (Outcome outcome : new Outcome[] {Outcome.SALE, Outcome.NO_SALE, null}) {
                cards.add(card(file.getFileName() + "/" + outcome, transcript.turns(), transcript.difficulty(),
                        outcome));
            }
        }
        ModelSeller seller = new ModelSeller(Offline.PRODUCT);
        for (Difficulty difficulty : Difficulty.values()) {
            for (int session = 0; session < 4; session++) {
                Offline.Played model = Offline.play("wording-model-" + session, difficulty,
                        turns -> seller.next(Offline.ANALYZER.analyse(turns)), 14);
                cards.add(card("model " + difficulty + " " + session, model.turns(), difficulty, model.outcome()));
                Offline.Played weak = Offline.playScript("wording-weak-" + session, difficulty, List.of(
                        "This pen is the best pen ever made.", "You should buy it right now.", "Will you buy it?"));
                cards.add(card("weak " + difficulty + " " + session, weak.turns(), difficulty, weak.outcome()));
            }
        }
        return cards;
    }

    private static Card card(String name, List<net.sellmeapen.conversation.Turn> turns, Difficulty difficulty,
            Outcome outcome) {
        SalesEvaluation evaluation = Offline.RUBRIC.evaluate(new Attempt(turns, difficulty, outcome,
                outcome == null ? Source.SELF_REPORTED : Source.SERVER_RECORDED));
        DeliveryAnalytics analytics = DeliveryAnalytics.of(Offline.ANALYZER.analyse(turns));
        return new Card(name, outcome, evaluation, analytics.tipText() == null ? "" : analytics.tipText());
    }

    @Test
    void generated_scorecards_agree_in_number_and_with_their_scores_and_outcomes() {
        List<Card> cards = cards();
        assertThat(cards).hasSizeGreaterThan(250);
        List<String> problems = new ArrayList<>();
        for (Card card : cards) {
            for (String sentence : card.sentences()) {
                for (Pattern wrong : List.of(ONE_PLURAL, MANY_SINGULAR, ANALYSIS_LIKE)) {
                    Matcher match = wrong.matcher(sentence);
                    if (match.find()) {
                        problems.add(card.name() + ": \"" + match.group() + "\" in: " + sentence);
                    }
                }
                if (card.outcome() != Outcome.SALE && sentence.matches("(?s).*(The buyer bought|Well-timed close|you"
                        + " closed the sale|Strong close).*")) {
                    problems.add(card.name() + ": a sale is claimed without one: " + sentence);
                }
                if (card.outcome() != Outcome.NO_SALE && sentence.contains("The buyer did not buy")) {
                    problems.add(card.name() + ": a refusal is claimed without one: " + sentence);
                }
            }
            Matcher strongest = STRONGEST.matcher(card.evaluation().feedback());
            if (strongest.find() && Integer.parseInt(strongest.group(1)) < 10) {
                problems.add(card.name() + ": praised as strongest at " + strongest.group(1) + "/20");
            }
            if (strongest.find(0) && card.evaluation().feedback().contains("Work on")) {
                String best = card.evaluation().feedback().replaceAll("(?s).*Strongest: ([^(]+) \\(.*", "$1");
                String worst = card.evaluation().feedback().replaceAll("(?s).*Work on ([^(]+) first.*", "$1");
                if (best.equalsIgnoreCase(worst)) {
                    problems.add(card.name() + ": the same category is strongest and weakest");
                }
            }
        }
        assertThat(problems).isEmpty();
    }
}
