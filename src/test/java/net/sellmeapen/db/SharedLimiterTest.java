package net.sellmeapen.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import net.sellmeapen.MovableClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The limits several instances share, on both databases: two limiters of one name (as on two
 * instances) count the same events, the window slides, and the rows a limiter keeps stay bounded.
 * PostgreSQL is skipped where it is not installed, unless {@code -Dpostgres.tests.required=true}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(120)
class SharedLimiterTest {

    private static final Duration WINDOW = Duration.ofMinutes(10);

    private final List<Named<Database>> databases = new ArrayList<>();
    private PostgresServer postgres;
    private final MovableClock clock = new MovableClock(Instant.parse("2026-03-02T09:00:00Z"));

    @BeforeAll
    void open() throws Exception {
        Path folder = Files.createTempDirectory("shared-limiter");
        databases.add(Named.of("SQLite", Database.open("jdbc:sqlite:" + folder.resolve("limits.db"))));
        if (PostgresServer.binaries().isPresent() || Boolean.getBoolean("postgres.tests.required")) {
            postgres = PostgresServer.start();
            Database database = Database.openInBackground(postgres.createDatabase("limits"), postgres.user(), "");
            database.awaitOpen();
            databases.add(Named.of("PostgreSQL", database));
        }
    }

    @AfterAll
    void close() throws Exception {
        databases.forEach(database -> database.getPayload().close());
        if (postgres != null) {
            postgres.close();
        }
    }

    Stream<Named<Database>> databases() {
        return databases.stream();
    }

    private SharedLimiter limiter(Database database, String name, int limit) {
        return new SharedLimiter(database, name, limit, WINDOW, clock);
    }

    @ParameterizedTest(autoCloseArguments = false) // the databases serve every test
    @MethodSource("databases")
    void two_limiters_of_one_name_count_the_same_events_and_the_window_slides(Database database) {
        String name = "test-" + UUID.randomUUID();
        SharedLimiter onFirst = limiter(database, name, 3);
        SharedLimiter onSecond = limiter(database, name, 3);
        assertThat(onFirst.tryAcquire("trainee-1")).isEmpty();
        clock.advance(Duration.ofMinutes(2));
        assertThat(onSecond.tryAcquire("trainee-1")).isEmpty();
        assertThat(onFirst.tryAcquire("trainee-1")).isEmpty();
        assertThat(onSecond.tryAcquire("trainee-1")).as("the fourth in ten minutes, on either")
                .hasValue(Duration.ofMinutes(8));
        assertThat(onFirst.waitFor("trainee-1")).hasValue(Duration.ofMinutes(8));
        assertThat(onFirst.tryAcquire("trainee-2")).as("another key is not held up").isEmpty();
        assertThat(limiter(database, "other-" + name, 3).waitFor("trainee-1")).as("another limit").isEmpty();

        clock.advance(Duration.ofMinutes(8));
        assertThat(onSecond.tryAcquire("trainee-1")).as("the first event has left the window").isEmpty();
        assertThat(onFirst.tryAcquire("trainee-1")).hasValue(Duration.ofMinutes(2));
    }

    @ParameterizedTest(autoCloseArguments = false) // the databases serve every test
    @MethodSource("databases")
    void a_burst_on_one_key_from_many_threads_gets_exactly_the_limit_and_no_error(Database database)
            throws Exception {
        SharedLimiter limiter = limiter(database, "test-" + UUID.randomUUID(), 25);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(16);
        try {
            List<java.util.concurrent.Future<Boolean>> tries = new ArrayList<>();
            for (int i = 0; i < 80; i++) {
                tries.add(pool.submit(() -> limiter.tryAcquire("one-busy-trainee").isEmpty()));
            }
            int granted = 0;
            for (java.util.concurrent.Future<Boolean> granting : tries) {
                granted += granting.get(60, java.util.concurrent.TimeUnit.SECONDS) ? 1 : 0;
            }
            assertThat(granted).isEqualTo(25);
            assertThat(limiter.rows()).isEqualTo(25);
        } finally {
            pool.shutdownNow();
        }
    }

    @ParameterizedTest(autoCloseArguments = false) // the databases serve every test
    @MethodSource("databases")
    void recorded_failures_keep_at_most_the_limit_and_a_success_clears_them(Database database) {
        SharedLimiter failures = limiter(database, "test-" + UUID.randomUUID(), 3);
        for (int i = 0; i < 10; i++) {
            failures.record("198.51.100.7");
            clock.advance(Duration.ofSeconds(1));
        }
        assertThat(failures.rows()).isEqualTo(3);
        assertThat(failures.waitFor("198.51.100.7")).isPresent();
        failures.clear("198.51.100.7");
        assertThat(failures.waitFor("198.51.100.7")).isEmpty();
        assertThat(failures.rows()).isZero();
    }

    @ParameterizedTest(autoCloseArguments = false) // the databases serve every test
    @MethodSource("databases")
    void events_of_keys_never_seen_again_are_swept(Database database) {
        SharedLimiter limiter = limiter(database, "test-" + UUID.randomUUID(), 1);
        for (int i = 0; i < SharedLimiter.SWEEP_EVERY - 1; i++) {
            assertThat(limiter.tryAcquire("address-" + i)).isEmpty();
        }
        assertThat(limiter.rows()).isEqualTo(SharedLimiter.SWEEP_EVERY - 1);
        clock.advance(WINDOW.plusSeconds(1));
        assertThat(limiter.tryAcquire("one-more")).isEmpty(); // the sweep's turn
        assertThat(limiter.rows()).as("only the event inside the window is left").isEqualTo(1);
    }
}
