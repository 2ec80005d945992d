package net.sellmeapen.evaluation;

/** Scores a finished conversation. */
public sealed interface Evaluator permits RubricEvaluator, LlmEvaluator {

    /** The scorecard for this attempt; its turns hold at least one trainee word. */
    SalesEvaluation evaluate(Attempt attempt);

    /** True when scoring costs a model call, so it counts against the trainee's call budget. */
    default boolean callsModel() {
        return false;
    }
}
