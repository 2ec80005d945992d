package net.sellmeapen.trainee;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import net.sellmeapen.errors.InvalidInputException;
import net.sellmeapen.errors.WrongStateException;
import net.sellmeapen.security.RandomTokens;

/** Registers trainees and recognises them by the bearer token they were given. */
public final class TraineeService {

    /** Longest name a trainee may register with, in characters. */
    public static final int MAX_NAME_LENGTH = 100;
    private static final int MAX_EMAIL_LENGTH = 254;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final TraineeRepository repository;
    private final Clock clock;

    public TraineeService(TraineeRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** A new trainee and the token they authenticate with, shown to them this once. */
    public record Registration(Trainee user, String token) {
    }

    /** Registers a trainee; the name is required, the email optional but unique. */
    public Registration register(String rawName, String rawEmail) {
        String name = validName(rawName);
        String email = validEmail(rawEmail);
        Trainee trainee = new Trainee(RandomTokens.newId(), name, email,
                Instant.now(clock).truncatedTo(ChronoUnit.MILLIS));
        String token = RandomTokens.newSecret();
        if (!repository.insert(trainee, RandomTokens.sha256Hex(token))) {
            throw new WrongStateException("a trainee with this email is already registered");
        }
        return new Registration(trainee, token);
    }

    /** The trainee holding this token, if any. */
    public Optional<Trainee> findByToken(String token) {
        return repository.findByTokenHash(RandomTokens.sha256Hex(token));
    }

    private static String validName(String raw) {
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

    private static String validEmail(String raw) {
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
