package net.sellmeapen.trainee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import net.sellmeapen.MovableClock;
import net.sellmeapen.db.Database;
import net.sellmeapen.errors.LimitReachedException;
import net.sellmeapen.errors.NotSignedInException;
import net.sellmeapen.security.RateLimiter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Token expiry, reset codes and the sign-in limit against the real database, on a clock moved by hand. */
class AccountsTest {

    private static final String PASSWORD = "correct horse battery";
    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-01T09:00:00Z"));
    private Database database;
    private TraineeService trainees;
    private Accounts accounts;

    @BeforeEach
    void open() throws Exception {
        Path folder = Files.createTempDirectory("sellmeapen-accounts");
        database = net.sellmeapen.TestApp.freshDatabase(folder); // SQLite, or PostgreSQL in scripts/test's second pass
        TraineeRepository repository = new TraineeRepository(database);
        Passwords passwords = new Passwords();
        trainees = new TraineeService(repository, passwords, clock);
        accounts = new Accounts(trainees, repository, passwords, RateLimiter.Factory.inMemory(clock));
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void a_token_expires_after_thirty_days_without_use_and_each_use_pushes_the_expiry_back() {
        String token = trainees.register("Tess Token", null, null).token();
        clock.advance(Duration.ofDays(29));
        assertThat(trainees.authenticate(token).name()).isEqualTo("Tess Token");
        clock.advance(Duration.ofDays(29));
        assertThat(trainees.authenticate(token).name()).as("used on day 29: good until day 59").isEqualTo("Tess Token");
        clock.advance(Duration.ofDays(30));
        assertThatThrownBy(() -> trainees.authenticate(token)).isInstanceOf(NotSignedInException.class)
                .hasMessageContaining("expired after 30 days without use");
        assertThatThrownBy(() -> trainees.authenticate(token)).as("an expired token is gone")
                .hasMessageContaining("not valid any more");
    }

    @Test
    void a_reset_code_works_once_within_a_day_and_signs_out_every_device() {
        Trainee trainee = trainees.register("Rita Reset", "rita@example.com", PASSWORD).user();
        String before = accounts.signIn("rita@example.com", null, PASSWORD, "198.51.100.1").token();
        Accounts.ResetCode code = accounts.issueResetCode(trainee.id());
        assertThat(code.code()).matches("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}");
        assertThat(code.expiresAt()).isEqualTo(clock.instant().plus(Duration.ofHours(24)));

        Accounts.SignIn reset = accounts.reset(code.code().toLowerCase().replace("-", " "), "a brand new password",
                "198.51.100.1");
        assertThat(reset.user().id()).isEqualTo(trainee.id());
        assertThat(trainees.authenticate(reset.token()).id()).isEqualTo(trainee.id());
        assertThatThrownBy(() -> trainees.authenticate(before)).isInstanceOf(NotSignedInException.class);
        assertThatThrownBy(() -> accounts.reset(code.code(), "another new password", "198.51.100.1"))
                .as("used once").isInstanceOf(NotSignedInException.class).hasMessageContaining("used already");
        assertThat(accounts.signIn(null, "Rita Reset", "a brand new password", "198.51.100.1").user().id())
                .isEqualTo(trainee.id());

        Accounts.ResetCode late = accounts.issueResetCode(trainee.id());
        clock.advance(Duration.ofHours(24));
        assertThatThrownBy(() -> accounts.reset(late.code(), "too late password", "198.51.100.1"))
                .isInstanceOf(NotSignedInException.class).hasMessageContaining("expired");
    }

    @Test
    void a_new_reset_code_replaces_the_earlier_one() {
        Trainee trainee = trainees.register("Nina New", null, null).user();
        Accounts.ResetCode first = accounts.issueResetCode(trainee.id());
        Accounts.ResetCode second = accounts.issueResetCode(trainee.id());
        assertThatThrownBy(() -> accounts.reset(first.code(), "first code password", "198.51.100.2"))
                .isInstanceOf(NotSignedInException.class);
        assertThat(accounts.reset(second.code(), "second code password", "198.51.100.2").user().hasPassword())
                .isTrue();
    }

    @Test
    void the_sign_in_limit_lifts_when_the_window_has_passed() {
        trainees.register("Lou Locked", "lou@example.com", PASSWORD);
        for (int i = 0; i < SignInLimiter.PER_ACCOUNT; i++) {
            assertThatThrownBy(() -> accounts.signIn("lou@example.com", null, "wrong password!", "198.51.100.3"))
                    .isInstanceOf(NotSignedInException.class);
        }
        assertThatThrownBy(() -> accounts.signIn("lou@example.com", null, PASSWORD, "198.51.100.4"))
                .isInstanceOf(LimitReachedException.class);
        clock.advance(SignInLimiter.WINDOW);
        assertThat(accounts.signIn("lou@example.com", null, PASSWORD, "198.51.100.4").user().name())
                .isEqualTo("Lou Locked");
    }

    @Test
    void the_limiter_forgets_the_oldest_keys_beyond_its_bound() {
        SignInLimiter limiter = new SignInLimiter(RateLimiter.Factory.inMemory(clock));
        for (int i = 0; i < SignInLimiter.MAX_KEYS + 500; i++) {
            limiter.failed("account" + i, "address" + (i % 7));
        }
        assertThat(limiter.keys()).isEqualTo(SignInLimiter.MAX_KEYS + 7); // every account kept is recent; 7 addresses
    }
}
