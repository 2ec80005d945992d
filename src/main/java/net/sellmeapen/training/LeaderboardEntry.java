package net.sellmeapen.training;

import java.time.Instant;
import net.sellmeapen.conversation.Difficulty;

/** A trainee's best completed session, ranked by weighted score (ties share a rank). */
public record LeaderboardEntry(
        int rank,
        String name,
        int bestWeightedScore,
        int totalScore,
        Difficulty difficultyLevel,
        Instant completedAt) {
}
