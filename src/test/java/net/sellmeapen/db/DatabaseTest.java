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
}
