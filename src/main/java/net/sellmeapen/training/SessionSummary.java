package net.sellmeapen.training;

import java.time.Instant;
import java.util.Map;
import net.sellmeapen.conversation.Category;
import net.sellmeapen.conversation.Difficulty;
import net.sellmeapen.conversation.Outcome;
import net.sellmeapen.conversation.Source;

/** One line of a trainee's history: a session's scores without its conversation. */
public record SessionSummary(
        String id,
        Difficulty difficultyLevel,
        Mode mode,
        Status status,
        Source source,
        SessionKind kind,
        Category drill,
        boolean hints,
        Outcome outcome,
        Instant startedAt,
        Instant completedAt,
        Integer totalScore,
        Integer weightedScore,
        String grade,
        Map<String, Integer> categoryScores) {
}
