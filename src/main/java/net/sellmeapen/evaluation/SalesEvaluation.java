package net.sellmeapen.evaluation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.sellmeapen.conversation.Difficulty;

/**
 * A scorecard: five category scores, their raw total, the total weighted by difficulty, a grade,
 * overall feedback and recommendations, and which evaluator (and model, for an LLM) produced it.
 */
public record SalesEvaluation(
        int totalScore,
        int weightedScore,
        double multiplier,
        String grade,
        String evaluator,
        String model,
        Map<String, CategoryScore> categories,
        String feedback,
        List<String> recommendations) {

    /** Builds the scorecard, computing totals and grade from the category scores (keyed by {@link Category}). */
    public static SalesEvaluation of(Map<Category, CategoryScore> scores, Difficulty difficulty, String evaluator,
            String feedback, List<String> recommendations) {
        Map<String, CategoryScore> byKey = new LinkedHashMap<>();
        int total = 0;
        for (Category category : Category.values()) {
            CategoryScore score = scores.get(category);
            byKey.put(category.key(), score);
            total += score.score();
        }
        return new SalesEvaluation(total, difficulty.weighted(total), difficulty.multiplier(), grade(total),
                evaluator, null, byKey, feedback, List.copyOf(recommendations));
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
