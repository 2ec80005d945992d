/**
 * Scoring a finished conversation on the five categories: the offline {@link
 * net.sellmeapen.evaluation.RubricEvaluator} with one explainable rule per category, and the
 * scorecard shape every evaluator returns.
 */
package net.sellmeapen.evaluation;
