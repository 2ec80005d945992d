package net.sellmeapen.evaluation;

/**
 * A moment that changed how the conversation went: what the trainee said, what to try instead, and why.
 *
 * @param turn the turn's number in the conversation (from 1)
 */
public record TurningPoint(int turn, String youSaid, String tryInstead, String why) {
}
