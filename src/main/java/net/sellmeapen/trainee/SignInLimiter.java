package net.sellmeapen.trainee;

import java.time.Duration;
import java.util.Optional;
import net.sellmeapen.errors.LimitReachedException;
import net.sellmeapen.security.RateLimiter;
import net.sellmeapen.security.WindowLimiter;

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

    private final RateLimiter accounts;
    private final RateLimiter addresses;

    SignInLimiter(RateLimiter.Factory limiters) {
        this.accounts = limiters.create("sign-in-account", PER_ACCOUNT, WINDOW, MAX_KEYS);
        this.addresses = limiters.create("sign-in-address", PER_ADDRESS, WINDOW, MAX_KEYS);
    }

    /** Refuses with a 429 when the account or the address has failed too often lately. */
    void check(String account, String address) {
        Optional<Duration> wait = accounts.waitFor(account).or(() -> addresses.waitFor(address));
        if (wait.isPresent()) {
            long minutes = Math.max(1, (wait.get().toSeconds() + 59) / 60);
            throw new LimitReachedException("too many failed attempts; try again in " + minutes
                    + (minutes == 1 ? " minute" : " minutes"), wait.get());
        }
    }

    /** Records a failure against both the account and the address. */
    void failed(String account, String address) {
        accounts.record(account);
        addresses.record(address);
    }

    /** A success clears the account's failures (the address keeps its count). */
    void succeeded(String account) {
        accounts.clear(account);
    }

    /** Keys held in memory, for the test of the bound (limits kept in the database hold none). */
    int keys() {
        return keys(accounts) + keys(addresses);
    }

    private static int keys(RateLimiter limiter) {
        return limiter instanceof WindowLimiter inMemory ? inMemory.keys() : 0;
    }
}
