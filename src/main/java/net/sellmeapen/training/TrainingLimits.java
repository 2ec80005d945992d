package net.sellmeapen.training;

import net.sellmeapen.security.RateLimiter;

/**
 * How much one trainee may do, so one account cannot fill the database or take the server's time.
 *
 * @param sessionsPerHour sessions a trainee may start in any hour
 * @param messagesPerMinute typed messages a trainee may send in any minute
 * @param limiters where the counts are kept (this process, or the database several instances share)
 */
public record TrainingLimits(int sessionsPerHour, int messagesPerMinute, RateLimiter.Factory limiters) {
}
