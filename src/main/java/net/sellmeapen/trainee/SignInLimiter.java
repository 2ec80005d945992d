package net.sellmeapen.trainee;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import net.sellmeapen.errors.LimitReachedException;

/**
 * Counts failed sign-ins (and reset-code attempts) per account and per client address over a
 * sliding window: past the limit, further attempts are refused with a 429 until the oldest failure
 * leaves the window, even with the right password. Memory is bounded: at most {@link #MAX_KEYS}
 * keys, the least recently failed forgotten first, and each key keeps at most its limit of times.
 */
final class SignInLimiter {

    static final int PER_ACCOUNT = 5;
    static final int PER_ADDRESS = 20;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final int MAX_KEYS = 10_000;

    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Deque<Instant>> eldest) {
            return size() > MAX_KEYS;
        }
    };

    SignInLimiter(Clock clock) {
        this.clock = clock;
    }

    /** Refuses with a 429 when the account or the address has failed too often lately. */
    synchronized void check(String account, String address) {
        Instant now = clock.instant();
        Optional<Duration> wait = waitFor("account:" + account, PER_ACCOUNT, now)
                .or(() -> waitFor("address:" + address, PER_ADDRESS, now));
        if (wait.isPresent()) {
            long minutes = Math.max(1, (wait.get().toSeconds() + 59) / 60);
            throw new LimitReachedException("too many failed attempts; try again in " + minutes
                    + (minutes == 1 ? " minute" : " minutes"), wait.get());
        }
    }

    /** Records a failure against both the account and the address. */
    synchronized void failed(String account, String address) {
        Instant now = clock.instant();
        record("account:" + account, PER_ACCOUNT, now);
        record("address:" + address, PER_ADDRESS, now);
    }

    /** A success clears the account's failures (the address keeps its count). */
    synchronized void succeeded(String account) {
        failures.remove("account:" + account);
    }

    synchronized int keys() {
        return failures.size();
    }

    private Optional<Duration> waitFor(String key, int limit, Instant now) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return Optional.empty();
        }
        times.removeIf(time -> !time.isAfter(now.minus(WINDOW)));
        if (times.isEmpty()) {
            failures.remove(key);
            return Optional.empty();
        }
        return times.size() < limit ? Optional.empty()
                : Optional.of(Duration.between(now, times.peekFirst().plus(WINDOW)));
    }

    private void record(String key, int limit, Instant now) {
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        times.removeIf(time -> !time.isAfter(now.minus(WINDOW)));
        times.addLast(now);
        while (times.size() > limit) {
            times.removeFirst();
        }
    }
}
