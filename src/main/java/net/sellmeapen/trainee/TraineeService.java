package net.sellmeapen.trainee;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.regex.Pattern;
import net.sellmeapen.errors.InvalidInputException;
import net.sellmeapen.errors.NotSignedInException;
import net.sellmeapen.errors.WrongStateException;
import net.sellmeapen.security.RandomTokens;

/**
 * Registers trainees and recognises them by their bearer tokens. A token lasts 30 days from its last
 * use (sliding: each use more than an hour after the last extension pushes the expiry back), and
 * each device holds its own.
 */
public final class TraineeService {

    /** Longest name a trainee may register with, in characters. */
    public static final int MAX_NAME_LENGTH = 100;
    /** How long a token lasts without being used. */
    public static final Duration TOKEN_LIFETIME = Duration.ofDays(30);
    private static final Duration EXTEND_AFTER = Duration.ofHours(1);
    private static final int MAX_EMAIL_LENGTH = 254;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final TraineeRepository repository;
    private final Passwords passwords;
    private final Clock clock;

    public TraineeService(TraineeRepository repository, Passwords passwords, Clock clock) {
        this.repository = repository;
        this.passwords = passwords;
        this.clock = clock;
    }

    /** A trainee and a token they authenticate with, shown to them this once. */
    public record Registration(Trainee user, String token) {
    }

    /**
     * Registers a trainee; the name is required, the email optional but unique, the password optional
     * (at least 10 characters: without one the account lives only in this browser's token).
     */
    public Registration register(String rawName, String rawEmail, String rawPassword) {
        String name = validName(rawName);
        String email = validEmail(rawEmail);
        String passwordHash = rawPassword == null ? null : passwords.hash(Passwords.valid(rawPassword, "password"));
        Instant now = now();
        Trainee trainee = new Trainee(RandomTokens.newId(), name, email, now, passwordHash != null);
        String token = RandomTokens.newSecret();
        if (!repository.insert(trainee, passwordHash, RandomTokens.sha256Hex(token), now.plus(TOKEN_LIFETIME))) {
            throw new WrongStateException("a trainee with this email is already registered: sign in instead");
        }
        return new Registration(trainee, token);
    }

    /** The trainee holding this token; an unknown, revoked or expired one is refused with a plain reason. */
    public Trainee authenticate(String token) {
        String hash = RandomTokens.sha256Hex(token);
        TraineeRepository.TokenOwner owner = repository.findByTokenHash(hash).orElseThrow(() ->
                new NotSignedInException("this sign-in is not valid any more (signed out, or never issued); sign in"
                        + " again"));
        Instant now = now();
        if (!owner.expiresAt().isAfter(now)) {
            repository.deleteToken(hash);
            throw new NotSignedInException("this sign-in expired after " + TOKEN_LIFETIME.toDays() + " days without"
                    + " use; sign in again");
        }
        if (owner.expiresAt().isBefore(now.plus(TOKEN_LIFETIME).minus(EXTEND_AFTER))) {
            repository.extendToken(hash, now.plus(TOKEN_LIFETIME));
        }
        return owner.trainee();
    }

    /** A new token for the trainee (a sign-in on another device), shown to them this once. */
    String issueToken(String userId) {
        String token = RandomTokens.newSecret();
        Instant now = now();
        repository.addToken(userId, RandomTokens.sha256Hex(token), now, now.plus(TOKEN_LIFETIME));
        return token;
    }

    Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
    }

    static String validName(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidInputException("'name' is required");
        }
        String name = raw.strip().replaceAll("\\s+", " ");
        if (name.codePointCount(0, name.length()) > MAX_NAME_LENGTH) {
            throw new InvalidInputException("'name' must be at most " + MAX_NAME_LENGTH + " characters");
        }
        if (name.codePoints().anyMatch(Character::isISOControl)) {
            throw new InvalidInputException("'name' must not contain control characters");
        }
        return name;
    }

    static String validEmail(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String email = raw.strip().toLowerCase(Locale.ROOT);
        if (email.length() > MAX_EMAIL_LENGTH || !EMAIL.matcher(email).matches()) {
            throw new InvalidInputException("'email' must be an email address such as ada@example.com");
        }
        return email;
    }
}
