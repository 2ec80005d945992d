package net.sellmeapen.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import net.sellmeapen.Fixtures;
import net.sellmeapen.TestApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class DatabaseTest {

    @Test
    void opening_creates_the_folder_migrates_and_uses_wal(@TempDir Path dir) {
        Path file = dir.resolve("nested/deeper/app.db");
        try (Database database = Database.open("jdbc:sqlite:" + file)) {
            assertThat(Files.exists(file)).isTrue();
            assertThat(database.isHealthy()).isTrue();
            String journal = database.read(dsl -> String.valueOf(dsl.fetchValue("PRAGMA journal_mode")));
            assertThat(journal).isEqualTo("wal");
            List<String> tables = database.read(dsl -> dsl.fetch("SELECT name FROM sqlite_master WHERE type = 'table'")
                    .getValues(0, String.class));
            assertThat(tables).contains("users", "training_sessions", "session_turns");
        }
        try (Database reopened = Database.open("jdbc:sqlite:" + file)) {
            assertThat(reopened.isHealthy()).isTrue();
        }
    }

    @Test
    void upgrading_a_database_with_trainees_keeps_their_sessions_and_their_tokens_working(@TempDir Path dir)
            throws Exception {
        String url = "jdbc:sqlite:" + dir.resolve("old.db");
        org.flywaydb.core.Flyway.configure().dataSource(url, null, null).locations(Database.MIGRATIONS)
                .target("3").load().migrate();
        String token = "an-old-token-issued-before-accounts-existed";
        try (var connection = java.sql.DriverManager.getConnection(url)) {
            var statement = connection.createStatement();
            statement.execute("PRAGMA foreign_keys = ON");
            statement.execute("INSERT INTO users (id, name, email, token_hash, created_at) VALUES ('u1', 'Old Timer',"
                    + " 'old@example.com', '" + net.sellmeapen.security.RandomTokens.sha256Hex(token) + "',"
                    + " '2026-10-01T10:00:00.000Z')");
            statement.execute("INSERT INTO training_sessions (id, user_id, difficulty_level, mode, status, started_at)"
                    + " VALUES ('s1', 'u1', 'EASY', 'TEXT', 'IN_PROGRESS', '2026-10-01T10:01:00.000Z')");
            statement.execute("INSERT INTO session_turns (session_id, seq, speaker, text, at) VALUES ('s1', 1,"
                    + " 'BUYER', 'Sell me this pen.', '2026-10-01T10:01:00.000Z')");
        }
        try (Database upgraded = Database.open(url)) {
            assertThat(number(upgraded, "SELECT count(*) FROM training_sessions")).isEqualTo(1);
            assertThat(number(upgraded, "SELECT count(*) FROM session_turns")).isEqualTo(1);
            assertThat(number(upgraded, "PRAGMA foreign_keys")).isEqualTo(1);
            var trainees = new net.sellmeapen.trainee.TraineeService(new net.sellmeapen.trainee.TraineeRepository(
                    upgraded), new net.sellmeapen.trainee.Passwords(), java.time.Clock.systemUTC());
            var trainee = trainees.authenticate(token);
            assertThat(trainee.name()).isEqualTo("Old Timer");
            assertThat(trainee.hasPassword()).isFalse();
            upgraded.write(dsl -> dsl.execute("DELETE FROM users WHERE id = 'u1'"));
            assertThat(number(upgraded, "SELECT count(*) FROM training_sessions"))
                    .as("deleting a trainee still deletes their sessions").isEqualTo(0);
        }
    }

    private static int number(Database database, String sql) {
        return database.read(dsl -> ((Number) dsl.fetchValue(sql)).intValue());
    }

    @Test
    void concurrent_requests_never_fail_with_sqlite_busy() throws Exception {
        try (TestApp app = TestApp.start()) {
            String transcript = Fixtures.text("fixtures/strong/02-teacher-already-has-pen.txt");
            ExecutorService pool = Executors.newFixedThreadPool(16);
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < 48; i++) {
                int n = i;
                results.add(pool.submit(() -> {
                    String token = app.register("Trainee " + n);
                    String id = app.startSession(token, "MEDIUM");
                    int status = app.postJson("/api/sessions/" + id + "/complete", token,
                            Map.of("transcript", transcript)).status();
                    app.get("/api/leaderboard", null);
                    return status;
                }));
            }
            for (Future<Integer> result : results) {
                assertThat(result.get()).isEqualTo(200);
            }
            pool.shutdown();
            try (var connection = java.sql.DriverManager.getConnection("jdbc:sqlite:" + app.folder().resolve("test.db"));
                 var rows = connection.createStatement().executeQuery(
                         "SELECT count(*) FROM training_sessions WHERE status = 'COMPLETED'")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getInt(1)).isEqualTo(48);
            }
        }
    }

    @Test
    void writes_queued_behind_the_writer_commit_together_and_one_failing_rolls_back_alone(@TempDir Path dir)
            throws Exception {
        try (Database database = Database.open("jdbc:sqlite:" + dir.resolve("group.db"))) {
            database.write(dsl -> dsl.execute("CREATE TABLE numbers (n INTEGER PRIMARY KEY)"));
            ExecutorService pool = Executors.newFixedThreadPool(8);
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                int n = i;
                results.add(pool.submit(() -> {
                    try {
                        return database.write(dsl -> {
                            dsl.execute("INSERT INTO numbers (n) VALUES (?)", n);
                            sleepQuietly(1); // long enough that the other threads queue up behind this write
                            if (n % 10 == 3) {
                                throw new IllegalStateException("write " + n + " refuses");
                            }
                            return "wrote " + n;
                        });
                    } catch (IllegalStateException e) {
                        return e.getMessage();
                    }
                }));
            }
            for (int i = 0; i < results.size(); i++) {
                assertThat(results.get(i).get()).isEqualTo(i % 10 == 3 ? "write " + i + " refuses" : "wrote " + i);
            }
            pool.shutdown();
            List<Integer> stored = database.read(dsl -> dsl.fetch("SELECT n FROM numbers ORDER BY n")
                    .getValues(0, Integer.class));
            assertThat(stored).hasSize(180).doesNotContain(3, 13, 193).contains(0, 4, 199);
            assertThat(database.commits()).as("queued writes shared commits").isLessThan(200);
        }
    }

    @Test
    void statements_are_prepared_once_and_kept(@TempDir Path dir) {
        try (Database database = Database.open("jdbc:sqlite:" + dir.resolve("kept.db"))) {
            for (int i = 0; i < 50; i++) {
                int n = i;
                Object sum = database.read(dsl -> dsl.fetchValue("SELECT ? + 1", n));
                assertThat(((Number) sum).intValue()).isEqualTo(n + 1);
            }
            assertThat(database.preparedSql()).contains("SELECT ? + 1");
        }
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
