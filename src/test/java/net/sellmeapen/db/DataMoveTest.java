package net.sellmeapen.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import net.sellmeapen.TestApp;
import net.sellmeapen.TestApp.Reply;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;

/**
 * The one-off move from a SQLite file to PostgreSQL ({@code migrate-data}): a small database made
 * through the API is moved, and the product started on PostgreSQL shows the same trainees, sign-ins,
 * sessions, turns and scores; a second move into the now full database is refused and changes
 * nothing. Skipped where PostgreSQL is not installed, unless {@code -Dpostgres.tests.required=true}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(180)
class DataMoveTest {

    private static final String ADMIN_TOKEN = "data-move-admin-token-0123456789";

    private PostgresServer server;

    @BeforeAll
    void start() throws Exception {
        server = PostgresServer.startForTest();
    }

    @AfterAll
    void stop() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    private static JsonNode adminSessions(TestApp app) {
        return app.send(java.net.http.HttpRequest.newBuilder(app.adminUri("/admin/api/sessions"))
                .header("X-Admin-Token", ADMIN_TOKEN)).json();
    }

    @Test
    void a_sqlite_database_moved_to_postgresql_serves_the_same_trainees_and_sessions() throws Exception {
        Path folder = Files.createTempDirectory("data-move");
        String sqliteUrl = "jdbc:sqlite:" + folder.resolve("before.db");
        String token;
        String scored;
        String open;
        JsonNode before;
        JsonNode historyBefore;
        try (TestApp app = TestApp.start(Map.of("DATABASE_URL", sqliteUrl, "ADMIN_TOKEN", ADMIN_TOKEN))) {
            Reply registered = app.postJson("/api/users", null, Map.of("name", "Mona Move", "email",
                    "mona@example.com", "password", "a long enough password"));
            token = registered.json().path("token").asText();
            JsonNode completion = app.playModelPitch(token, "MEDIUM");
            scored = completion.path("session").path("id").asText();
            open = app.startSession(token, "HARD");
            app.postJson("/api/sessions/" + open + "/messages", token, Map.of("text", "What do you write with?"));
            app.register("Nina Nopassword");
            before = adminSessions(app);
            historyBefore = app.get("/api/me/sessions", token).json();
        }

        String postgresUrl = server.createDatabase("moved");
        Map<String, Integer> moved;
        try (Database from = Database.open(sqliteUrl);
                Database to = Database.openInBackground(postgresUrl, server.user(), "")) {
            to.awaitOpen();
            moved = new DataMove(from, to).run();
            assertThatThrownBy(() -> new DataMove(from, to).run()).isInstanceOf(DataMove.TargetNotEmptyException.class)
                    .hasMessageContaining("empty database");
        }
        assertThat(moved).containsEntry("users", 2).containsEntry("training_sessions", 2)
                .containsEntry("auth_tokens", 2);
        assertThat(moved.get("session_turns")).isGreaterThan(3);

        try (TestApp app = TestApp.start(Map.of("DATABASE_URL", postgresUrl, "DATABASE_USER", server.user(),
                "ADMIN_TOKEN", ADMIN_TOKEN))) {
            assertThat(app.get("/api/me/sessions", token).json()).as("the old token still signs in")
                    .isEqualTo(historyBefore);
            assertThat(app.postJson("/api/auth/sign-in", null, Map.of("email", "mona@example.com", "password",
                    "a long enough password")).status()).as("and the password").isEqualTo(200);
            assertThat(app.get("/api/sessions/" + scored, token).json().path("session").path("status").asText())
                    .isEqualTo("COMPLETED");
            assertThat(app.postJson("/api/sessions/" + open + "/messages", token,
                    Map.of("text", "And what annoys you about it?")).status()).as("the open session goes on")
                    .isEqualTo(200);
            JsonNode after = adminSessions(app);
            assertThat(after.path("total")).isEqualTo(before.path("total"));
            assertThat(after.toString()).contains(scored).contains(open).contains("Mona Move");
        }
    }
}
