package net.sellmeapen.trainee;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.sellmeapen.errors.InvalidInputException;
import net.sellmeapen.errors.NotFoundException;
import net.sellmeapen.errors.NotSignedInException;
import net.sellmeapen.errors.RefusedException;
import net.sellmeapen.security.RandomTokens;
import net.sellmeapen.security.RateLimiter;

/**
 * Signing in and out, passwords and reset codes. Wrong credentials get one answer whether or not
 * the account exists (and take as long); failures are limited per account and per client address.
 */
public final class Accounts {

    /** How long a reset code issued by an admin can be used. */
    public static final Duration RESET_CODE_LIFETIME = Duration.ofHours(24);
    static final String WRONG_CREDENTIALS = "that email or name and password do not match an account";
    /** Letters and digits that cannot be mistaken for each other when read out (no 0/O, 1/I/L, U). */
    private static final String CODE_ALPHABET = "ABCDEFGHJKMNPQRSTVWXYZ23456789";

    private final TraineeService trainees;
    private final TraineeRepository repository;
    private final Passwords passwords;
    private final SignInLimiter limiter;

    public Accounts(TraineeService trainees, TraineeRepository repository, Passwords passwords,
            RateLimiter.Factory limiters) {
        this.trainees = trainees;
        this.repository = repository;
        this.passwords = passwords;
        this.limiter = new SignInLimiter(limiters);
    }

    /** A signed-in trainee and their new token, shown this once. */
    public record SignIn(Trainee user, String token) {
    }

    /** A reset code, shown once to the admin who issued it. */
    public record ResetCode(String code, Instant expiresAt) {
    }

    /** Signs in with an email (or a name, when only one trainee with a password has it) and the password. */
    public SignIn signIn(String email, String name, String password, String address) {
        if ((email == null || email.isBlank()) == (name == null || name.isBlank())) {
            throw new InvalidInputException("send either 'email' or 'name', with 'password'");
        }
        if (password == null || password.isEmpty()) {
            throw new InvalidInputException("'password' is required");
        }
        if (password.length() > Passwords.MAX_LENGTH * 2) {
            throw new NotSignedInException(WRONG_CREDENTIALS);
        }
        String account = email != null && !email.isBlank() ? "email:" + email.strip().toLowerCase(Locale.ROOT)
                : "name:" + name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        limiter.check(account, address);
        Optional<TraineeRepository.Account> found;
        if (email != null && !email.isBlank()) {
            found = repository.findByEmail(email.strip().toLowerCase(Locale.ROOT));
        } else {
            List<TraineeRepository.Account> named = repository.findWithPasswordByName(
                    name.strip().replaceAll("\\s+", " "));
            if (named.size() > 1) {
                throw new InvalidInputException("several trainees use this name: sign in with your email instead");
            }
            found = named.stream().findFirst();
        }
        if (!passwords.matches(password, found.map(TraineeRepository.Account::passwordHash).orElse(null))) {
            limiter.failed(account, address);
            throw new NotSignedInException(WRONG_CREDENTIALS);
        }
        limiter.succeeded(account);
        Trainee trainee = found.get().trainee();
        return new SignIn(trainee, trainees.issueToken(trainee.id()));
    }

    /** Revokes the token (this device only). */
    public void signOut(String token) {
        repository.deleteToken(RandomTokens.sha256Hex(token));
    }

    /**
     * Sets or changes the trainee's password. Once one is set, the current one must be given. Every
     * other device is signed out; the token in use stays valid.
     */
    public Trainee changePassword(Trainee trainee, String token, String password, String current, String address) {
        String newPassword = Passwords.valid(password, "password");
        TraineeRepository.Account account = repository.findById(trainee.id())
                .orElseThrow(() -> new NotSignedInException("this account no longer exists"));
        if (account.passwordHash() != null) {
            String key = "id:" + trainee.id();
            limiter.check(key, address);
            if (current == null || current.isEmpty()) {
                throw new InvalidInputException("'currentPassword' is required to change a password");
            }
            if (current.length() > Passwords.MAX_LENGTH * 2 || !passwords.matches(current, account.passwordHash())) {
                limiter.failed(key, address);
                throw new RefusedException("the current password is not right");
            }
            limiter.succeeded(key);
        }
        repository.setPassword(trainee.id(), passwords.hash(newPassword), RandomTokens.sha256Hex(token));
        return new Trainee(trainee.id(), trainee.name(), trainee.email(), trainee.createdAt(), true);
    }

    /** A new one-time reset code for the trainee (replacing any earlier one), for an admin to pass on. */
    public ResetCode issueResetCode(String traineeId) {
        String letters = RandomTokens.fromAlphabet(CODE_ALPHABET, 12);
        String code = letters.substring(0, 4) + "-" + letters.substring(4, 8) + "-" + letters.substring(8);
        Instant now = trainees.now();
        Instant expires = now.plus(RESET_CODE_LIFETIME);
        if (!repository.replaceResetCode(traineeId, RandomTokens.sha256Hex(code), now, expires)) {
            throw new NotFoundException("no trainee with id '" + traineeId + "'");
        }
        return new ResetCode(code, expires);
    }

    /** Sets a new password with a reset code; the code is used up, every device signed out, this one signed in. */
    public SignIn reset(String code, String password, String address) {
        if (code == null || code.isBlank()) {
            throw new InvalidInputException("'code' is required");
        }
        String newPassword = Passwords.valid(password, "password");
        limiter.check("reset:" + address, address);
        String normal = code.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "");
        String formatted = normal.length() == 12 ? normal.substring(0, 4) + "-" + normal.substring(4, 8) + "-"
                + normal.substring(8) : normal;
        String token = RandomTokens.newSecret();
        Instant now = trainees.now();
        Optional<Trainee> trainee = repository.redeemResetCode(RandomTokens.sha256Hex(formatted), now,
                passwords.hash(newPassword), RandomTokens.sha256Hex(token), now.plus(TraineeService.TOKEN_LIFETIME));
        if (trainee.isEmpty()) {
            limiter.failed("reset:" + address, address);
            throw new NotSignedInException("that reset code is not valid: it may be mistyped, used already or"
                    + " expired; ask your manager for a new one");
        }
        return new SignIn(trainee.get(), token);
    }
}
