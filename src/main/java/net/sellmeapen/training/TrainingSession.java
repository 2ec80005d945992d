package net.sellmeapen.training;

import java.time.Instant;
import java.util.List;
import net.sellmeapen.conversation.Difficulty;
import net.sellmeapen.conversation.Outcome;
import net.sellmeapen.conversation.Source;
import net.sellmeapen.conversation.Turn;
import net.sellmeapen.evaluation.SalesEvaluation;

/**
 * A training session with everything said in it and, once completed, its scorecard.
 *
 * @param source whether the server recorded the conversation or the client pasted it (self-reported)
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
        String transcript,
        List<Turn> turns,
        SalesEvaluation evaluation) {
}
