package net.sellmeapen.llm;

import java.time.Clock;
import java.time.Duration;
import net.sellmeapen.security.WindowLimiter;

/** A per-trainee cap on model calls per minute, so one trainee cannot run up the bill. */
public final class CallBudget {

    /** Trainees remembered at once; the least recently seen are forgotten first. */
    static final int MAX_TRAINEES = 100_000;

    private final int perMinute;
    private final WindowLimiter calls;

    public CallBudget(int perMinute, Clock clock) {
        this.perMinute = perMinute;
        this.calls = perMinute == Integer.MAX_VALUE ? null
                : new WindowLimiter(perMinute, Duration.ofMinutes(1), MAX_TRAINEES, clock);
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
        return calls == null || calls.tryAcquire(trainee).isEmpty();
    }
}
