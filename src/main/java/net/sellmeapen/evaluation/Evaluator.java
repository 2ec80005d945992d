package net.sellmeapen.evaluation;

import java.util.List;
import net.sellmeapen.conversation.Difficulty;
import net.sellmeapen.conversation.Turn;

/** Scores a finished conversation. */
public sealed interface Evaluator permits RubricEvaluator, LlmEvaluator {

    /** The scorecard for these turns at this difficulty; the turns hold at least one trainee word. */
    SalesEvaluation evaluate(List<Turn> turns, Difficulty difficulty);

    /** True when scoring costs a model call, so it counts against the trainee's call budget. */
    default boolean callsModel() {
        return false;
    }
}
