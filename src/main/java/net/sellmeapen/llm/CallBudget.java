package net.sellmeapen.llm;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A per-trainee cap on model calls per minute, so one trainee cannot run up the bill. */
public final class CallBudget {

    private static final Duration WINDOW = Duration.ofMinutes(1);

    private final int perMinute;
    private final Clock clock;
    private final Map<String, Deque<Instant>> calls = new ConcurrentHashMap<>();

    public CallBudget(int perMinute, Clock clock) {
        this.perMinute = perMinute;
        this.clock = clock;
    }

    /** No cap: for offline engines, which cost nothing. */
    public static CallBudget unlimited() {
        return new CallBudget(Integer.MAX_VALUE, Clock.systemUTC());
    }

    public int perMinute() {
        return perMinute;
    }

    /** Counts a call for this trainee; false when they already made {@code perMinute} in the last minute. */
    public boolean tryAcquire(String trainee) {
        if (perMinute == Integer.MAX_VALUE) {
            return true;
        }
        Instant now = clock.instant();
        Deque<Instant> recent = calls.computeIfAbsent(trainee, key -> new ArrayDeque<>());
        synchronized (recent) {
            while (!recent.isEmpty() && recent.peekFirst().isBefore(now.minus(WINDOW))) {
                recent.pollFirst();
            }
            if (recent.size() >= perMinute) {
                return false;
            }
            recent.addLast(now);
            return true;
        }
    }
}
