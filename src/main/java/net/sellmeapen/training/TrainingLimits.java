package net.sellmeapen.training;

/**
 * How much one trainee may do, so one account cannot fill the database or take the server's time.
 *
 * @param sessionsPerHour sessions a trainee may start in any hour
 * @param messagesPerMinute typed messages a trainee may send in any minute
 */
public record TrainingLimits(int sessionsPerHour, int messagesPerMinute) {
}
