package net.sellmeapen.training;

import java.util.Map;

/**
 * A trainee's progress over their completed sessions; averages are rounded to one decimal and
 * are null until a session is completed.
 */
public record Progress(
        int sessionsStarted,
        int sessionsCompleted,
        int sales,
        Integer bestWeightedScore,
        Double averageWeightedScore,
        Map<String, Double> averageCategoryScores) {
}
