package net.sellmeapen.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * At most {@code limit} events per key in any sliding {@code window}. Memory is bounded: at most
 * {@code maxKeys} keys (the least recently used forgotten first, which can only ever let a
 * forgotten key start afresh) and at most {@code limit} times per key.
 */
public final class WindowLimiter implements RateLimiter {

    private final int limit;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Deque<Instant>> events;

    public WindowLimiter(int limit, Duration window, int maxKeys, Clock clock) {
        if (limit < 1 || maxKeys < 1) {
            throw new IllegalArgumentException("limit and maxKeys must be positive");
        }
        this.limit = limit;
        this.window = window;
        this.clock = clock;
        this.events = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Deque<Instant>> eldest) {
                return size() > maxKeys;
            }
        };
    }

    @Override
    public int limit() {
        return limit;
    }

    @Override
    public Duration window() {
        return window;
    }

    /** How long until the key may have another event; empty when it may now (nothing is counted). */
    @Override
    public synchronized Optional<Duration> waitFor(String key) {
        Instant now = clock.instant();
        Deque<Instant> times = events.get(key);
        if (times == null) {
            return Optional.empty();
        }
        forgetOld(times, now);
        if (times.isEmpty()) {
            events.remove(key);
            return Optional.empty();
        }
        return times.size() < limit ? Optional.empty() : Optional.of(until(times.peekFirst(), now));
    }

    /** Counts an event for the key, whatever its count (a failure that already happened). */
    @Override
    public synchronized void record(String key) {
        Instant now = clock.instant();
        Deque<Instant> times = events.computeIfAbsent(key, k -> new ArrayDeque<>());
        forgetOld(times, now);
        times.addLast(now);
        while (times.size() > limit) {
            times.removeFirst();
        }
    }

    /**
     * Counts an event for the key when it is within its limit and returns empty; otherwise counts
     * nothing and returns how long until it would be.
     */
    @Override
    public synchronized Optional<Duration> tryAcquire(String key) {
        Optional<Duration> wait = waitFor(key);
        if (wait.isEmpty()) {
            record(key);
        }
        return wait;
    }

    /** Forgets the key's events (a success that clears failures). */
    @Override
    public synchronized void clear(String key) {
        events.remove(key);
    }

    /** Keys held now: for tests of the memory bound. */
    public synchronized int keys() {
        return events.size();
    }

    private void forgetOld(Deque<Instant> times, Instant now) {
        Instant oldest = now.minus(window);
        while (!times.isEmpty() && !times.peekFirst().isAfter(oldest)) {
            times.removeFirst();
        }
    }

    private Duration until(Instant first, Instant now) {
        Duration wait = Duration.between(now, first.plus(window));
        return wait.isNegative() ? Duration.ZERO : wait;
    }

    /** "1 minute", "5 minutes", "30 seconds": a wait as a trainee reads it. */
    public static String describe(Duration wait) {
        long seconds = Math.max(1, wait.toSeconds());
        if (seconds < 90) {
            return seconds + (seconds == 1 ? " second" : " seconds");
        }
        long minutes = (seconds + 59) / 60;
        return minutes + " minutes";
    }
}
