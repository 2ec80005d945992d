package net.sellmeapen.evaluation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.sellmeapen.conversation.Difficulty;
import net.sellmeapen.conversation.Turn;

/**
 * The offline evaluator: explainable rules, one per category, each quoting the trainee's own
 * words as evidence. Deterministic: the same turns always get the same scorecard.
 */
public final class RubricEvaluator implements Evaluator {

    /** The name stored with every scorecard this evaluator makes. */
    public static final String NAME = "rubric";
    private static final int MIN_RECOMMENDATIONS = 3;

    private final NeedsDiscoveryRule discovery = new NeedsDiscoveryRule();
    private final ValuePropositionRule value = new ValuePropositionRule();
    private final UrgencyRule urgency = new UrgencyRule();
    private final ObjectionHandlingRule objections = new ObjectionHandlingRule();
    private final ClosingRule closing = new ClosingRule();

    @Override
    public SalesEvaluation evaluate(List<Turn> turns, Difficulty difficulty) {
        PitchAnalysis analysis = new PitchAnalysis(turns);
        Map<Category, CategoryResult> results = new EnumMap<>(Category.class);
        results.put(Category.NEEDS_DISCOVERY, discovery.score(analysis));
        results.put(Category.VALUE_PROPOSITION, value.score(analysis));
        results.put(Category.URGENCY_CREATION, urgency.score(analysis));
        results.put(Category.OBJECTION_HANDLING, objections.score(analysis));
        results.put(Category.CLOSING_TECHNIQUE, closing.score(analysis));

        Map<Category, CategoryScore> scores = new EnumMap<>(Category.class);
        results.forEach((category, result) -> scores.put(category, result.toScore()));
        List<Category> weakestFirst = weakestFirst(results);
        return SalesEvaluation.of(scores, difficulty, NAME, overallFeedback(results, weakestFirst, analysis, difficulty),
                recommendations(results, weakestFirst));
    }

    private static List<Category> weakestFirst(Map<Category, CategoryResult> results) {
        List<Category> order = new ArrayList<>(results.keySet());
        order.sort(Comparator.comparingInt((Category category) -> results.get(category).score())
                .thenComparing(Category::ordinal));
        return order;
    }

    private static String overallFeedback(Map<Category, CategoryResult> results, List<Category> weakestFirst,
            PitchAnalysis analysis, Difficulty difficulty) {
        int total = results.values().stream().mapToInt(CategoryResult::score).sum();
        Category strongest = weakestFirst.get(weakestFirst.size() - 1);
        Category weakest = weakestFirst.get(0);
        String text = "You scored " + total + "/100 (grade " + SalesEvaluation.grade(total) + "), "
                + difficulty.weighted(total) + " weighted at " + difficulty.label() + " (×" + difficulty.multiplier()
                + "). Strongest: " + strongest.label() + " (" + results.get(strongest).score() + "/20); weakest: "
                + weakest.label() + " (" + results.get(weakest).score() + "/20).";
        if (analysis.traineeTurnCount() < 3) {
            text += " The conversation was very short: a pen is sold in a dialogue, not a single speech.";
        }
        return text;
    }

    /** The tips of the weakest categories first, at least three. */
    private static List<String> recommendations(Map<Category, CategoryResult> results, List<Category> weakestFirst) {
        Set<String> picked = new LinkedHashSet<>();
        for (Category category : weakestFirst.subList(0, MIN_RECOMMENDATIONS)) {
            picked.add(results.get(category).tips().get(0));
        }
        for (Category category : weakestFirst) {
            for (String tip : results.get(category).tips()) {
                if (picked.size() >= 5) {
                    return List.copyOf(picked);
                }
                if (results.get(category).score() < Category.MAX_SCORE) {
                    picked.add(tip);
                }
            }
        }
        return List.copyOf(picked);
    }
}
