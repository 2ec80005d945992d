package net.sellmeapen.training;

import java.time.Instant;
import java.util.List;
import net.sellmeapen.coaching.DeliveryAnalytics;
import net.sellmeapen.conversation.Category;
import net.sellmeapen.conversation.Difficulty;
import net.sellmeapen.conversation.Outcome;
import net.sellmeapen.conversation.Source;
import net.sellmeapen.conversation.Turn;
import net.sellmeapen.evaluation.SalesEvaluation;

/**
 * A training session with everything said in it and, once completed, its scorecard.
 *
 * @param source whether the server recorded the conversation or the client pasted it (self-reported)
 * @param kind a whole practice session or a drill of one skill ({@code drill}, null otherwise)
 * @param hints whether in-chat hints were ever turned on (such sessions are never ranked)
 * @param analytics how the trainee delivered the pitch, once completed
 */
public record TrainingSession(
        String id,
        String userId,
        Difficulty difficultyLevel,
        Mode mode,
        Status status,
        Outcome outcome,
        Instant startedAt,
        Instant completedAt,
        Integer totalScore,
        Integer weightedScore,
        String evaluator,
        Source source,
        SessionKind kind,
        Category drill,
        boolean hints,
        String transcript,
        List<Turn> turns,
        SalesEvaluation evaluation,
        DeliveryAnalytics analytics) {
}
