package net.sellmeapen.trainee;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import net.sellmeapen.errors.InvalidInputException;
import net.sellmeapen.errors.LimitReachedException;
import net.sellmeapen.security.RandomTokens;

/**
 * Password hashing with Argon2id (password4j): 19 MiB of memory, 2 iterations, 1 lane, a 16-byte
 * random salt and a 32-byte hash, stored as a PHC string ({@code $argon2id$v=19$m=19456,t=2,p=1$…}).
 * Each hash takes tens of milliseconds and 19 MiB, so at most {@link #AT_ONCE} run at a time; a burst
 * beyond that waits briefly and is then told to try again, never queued without bound.
 */
public final class Passwords {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 200;
    static final int MEMORY_KIB = 19_456;
    static final int ITERATIONS = 2;
    static final int PARALLELISM = 1;
    static final int HASH_BYTES = 32;
    static final int SALT_BYTES = 16;
    static final int AT_ONCE = 2;
    private static final Duration WAIT = Duration.ofSeconds(3);

    private final Argon2Function argon2 = Argon2Function.getInstance(MEMORY_KIB, ITERATIONS, PARALLELISM,
            HASH_BYTES, Argon2.ID);
    private final Semaphore hashing = new Semaphore(AT_ONCE, true);
    /**
     * Checked when there is no account, so a sign-in takes as long whether or not the account exists;
     * made at the first such sign-in rather than at start-up (a hash is slow before the JIT has run).
     */
    private volatile String decoy;

    /** The password, checked for length: at least 10 characters, at most 200, not only spaces. */
    static String valid(String password, String field) {
        if (password == null || password.isEmpty()) {
            throw new InvalidInputException("'" + field + "' is required");
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH || password.isBlank()) {
            throw new InvalidInputException("'" + field + "' must be at least " + MIN_LENGTH + " characters");
        }
        if (length > MAX_LENGTH) {
            throw new InvalidInputException("'" + field + "' must be at most " + MAX_LENGTH + " characters");
        }
        return password;
    }

    /** The PHC string to store for the password. */
    String hash(String password) {
        return bounded(() -> Password.hash(password).addRandomSalt(SALT_BYTES).with(argon2).getResult());
    }

    /** True when the password is the one stored; a missing hash (no account, no password) is checked against a decoy. */
    boolean matches(String password, String stored) {
        String against = stored == null ? decoy() : stored;
        boolean matches = bounded(() -> Password.check(password, against).with(argon2));
        return stored != null && matches;
    }

    private String decoy() {
        String made = decoy;
        if (made == null) {
            made = Password.hash(RandomTokens.newSecret()).addRandomSalt(SALT_BYTES).with(argon2).getResult();
            decoy = made; // two first sign-ins at once may each make one: either serves
        }
        return made;
    }

    private <T> T bounded(java.util.function.Supplier<T> work) {
        try {
            if (!hashing.tryAcquire(WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new LimitReachedException("too many sign-ins at once; please try again in a few seconds",
                        Duration.ofSeconds(5));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LimitReachedException("the server is stopping; please try again", Duration.ofSeconds(5));
        }
        try {
            return work.get();
        } finally {
            hashing.release();
        }
    }
}
