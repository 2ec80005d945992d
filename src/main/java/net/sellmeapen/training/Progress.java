package net.sellmeapen.training;

import java.util.Map;

/**
 * A trainee's progress over their practice sessions (drills are counted apart); averages are
 * rounded to one decimal and are null until a session is completed.
 */
public record Progress(
        int sessionsStarted,
        int sessionsCompleted,
        int sales,
        Integer bestWeightedScore,
        Double averageWeightedScore,
        Map<String, Double> averageCategoryScores,
        int drillsCompleted) {
}
