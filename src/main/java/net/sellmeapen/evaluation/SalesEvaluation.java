package net.sellmeapen.evaluation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.sellmeapen.conversation.Category;
import net.sellmeapen.conversation.Difficulty;
import net.sellmeapen.conversation.Source;

/**
 * A scorecard: five category scores, their raw total, the total weighted by difficulty, a grade,
 * overall feedback, the turning points of the conversation and recommendations, which evaluator
 * (and model, for an LLM) produced it, and where the conversation came from.
 *
 * @param concerns what the buyer pushed back on and whether it was answered
 * @param repeatedTurns numbers of the trainee's turns that repeated an earlier one (they earn nothing)
 */
public record SalesEvaluation(
        int totalScore,
        int weightedScore,
        double multiplier,
        String grade,
        String evaluator,
        String model,
        Source source,
        Map<String, CategoryScore> categories,
        String feedback,
        List<TurningPoint> turningPoints,
        List<String> recommendations,
        List<ConcernSummary> concerns,
        List<Integer> repeatedTurns) {

    /** A concern the buyer raised: when, in its words, and whether and when it was answered. */
    public record ConcernSummary(String concern, int raisedAt, String buyerSaid, boolean answered, Integer answeredAt) {
    }

    /** Builds the scorecard, computing totals and grade from the category scores (keyed by {@link Category}). */
    public static SalesEvaluation of(Map<Category, CategoryScore> scores, Difficulty difficulty, String evaluator,
            String model, Source source, String feedback, List<TurningPoint> turningPoints,
            List<String> recommendations, List<ConcernSummary> concerns, List<Integer> repeatedTurns) {
        Map<String, CategoryScore> byKey = new LinkedHashMap<>();
        int total = 0;
        for (Category category : Category.values()) {
            CategoryScore score = scores.get(category);
            byKey.put(category.key(), score);
            total += score.score();
        }
        return new SalesEvaluation(total, difficulty.weighted(total), difficulty.multiplier(), grade(total),
                evaluator, model, source, byKey, feedback, List.copyOf(turningPoints), List.copyOf(recommendations),
                List.copyOf(concerns), List.copyOf(repeatedTurns));
    }

    /** The same scorecard under another evaluator name (a fallback says why it was used). */
    public SalesEvaluation withEvaluator(String name) {
        return new SalesEvaluation(totalScore, weightedScore, multiplier, grade, name, model, source, categories,
                feedback, turningPoints, recommendations, concerns, repeatedTurns);
    }

    /** A–F from the raw 0–100 total. */
    public static String grade(int totalScore) {
        if (totalScore >= 85) {
            return "A";
        } else if (totalScore >= 70) {
            return "B";
        } else if (totalScore >= 55) {
            return "C";
        } else if (totalScore >= 40) {
            return "D";
        }
        return "F";
    }

    /** The score of one category. */
    public int score(Category category) {
        return categories.get(category.key()).score();
    }
}
