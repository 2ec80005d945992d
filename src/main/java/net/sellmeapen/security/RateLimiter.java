package net.sellmeapen.security;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * At most {@link #limit()} events per key in any sliding {@link #window()}: kept in this process
 * ({@link WindowLimiter}) where one instance serves everyone, or in the shared database where
 * several instances do, so a client cannot multiply its share by landing on each in turn.
 */
public interface RateLimiter {

    int limit();

    Duration window();

    /** How long until the key may have another event; empty when it may now (nothing is counted). */
    Optional<Duration> waitFor(String key);

    /** Counts an event for the key, whatever its count (a failure that already happened). */
    void record(String key);

    /**
     * Counts an event for the key when it is within its limit and returns empty; otherwise counts
     * nothing and returns how long until it would be.
     */
    Optional<Duration> tryAcquire(String key);

    /** Forgets the key's events (a success that clears failures). */
    void clear(String key);

    /** Makes an application's limiters, each under its own name. */
    @FunctionalInterface
    interface Factory {

        /**
         * @param maxKeys how many keys an in-memory limiter remembers at most (the least recently
         *                used forgotten first); a shared one keeps its rows in the database instead
         */
        RateLimiter create(String name, int limit, Duration window, int maxKeys);

        /** Limiters in this process's memory: right for one instance. */
        static Factory inMemory(Clock clock) {
            return (name, limit, window, maxKeys) -> new WindowLimiter(limit, window, maxKeys, clock);
        }
    }
}
