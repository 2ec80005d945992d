package net.sellmeapen.db;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import net.sellmeapen.TestApp;
import net.sellmeapen.TestApp.Reply;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;

/**
 * The product on PostgreSQL ({@code DATABASE_URL=jdbc:postgresql://…}): a trainee's whole way
 * through the API, the admin's reading of it, concurrent messages and completions of one session,
 * and the data still there after a restart. Skipped where PostgreSQL is not installed, unless
 * {@code -Dpostgres.tests.required=true}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(180)
class PostgresAppTest {

    private static final String ADMIN_TOKEN = "postgres-app-admin-token-0123";

    private PostgresServer server;
    private String url;

    @BeforeAll
    void start() throws Exception {
        server = PostgresServer.startForTest();
        url = server.createDatabase("app_test");
    }

    @AfterAll
    void stop() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    private TestApp app() {
        return TestApp.start(Map.of("DATABASE_URL", url, "DATABASE_USER", server.user(), "ADMIN_TOKEN", ADMIN_TOKEN));
    }

    private static Reply admin(TestApp app, String path) {
        return app.send(HttpRequest.newBuilder(app.adminUri(path)).header("X-Admin-Token", ADMIN_TOKEN));
    }

    @Test
    void a_trainee_practises_and_an_admin_reviews_it_all_on_postgresql_and_it_survives_a_restart() {
        String sessionId;
        try (TestApp app = app()) {
            Reply registered = app.postJson("/api/users", null, Map.of("name", "Petra Pg", "email", "petra@example.com",
                    "password", "a long enough password"));
            assertThat(registered.status()).as(registered.body()).isEqualTo(201);
            Reply signedIn = app.postJson("/api/auth/sign-in", null, Map.of("email", "PETRA@example.com", "password",
                    "a long enough password"));
            assertThat(signedIn.status()).isEqualTo(200);
            String token = signedIn.json().path("token").asText();
            sessionId = app.startSession(token, "HARD");
            for (String text : List.of("What do you do for a living?", "How do you sign your contracts today?",
                    "This pen never smudges on contract paper. Shall I put one on your desk today?")) {
                Reply said = app.postJson("/api/sessions/" + sessionId + "/messages", token, Map.of("text", text));
                assertThat(said.status()).as(said.body()).isIn(200, 409);
            }
            Reply completed = app.postJson("/api/sessions/" + sessionId + "/complete", token, Map.of());
            assertThat(completed.status()).as(completed.body()).isEqualTo(200);
            assertThat(completed.json().path("evaluation").path("totalScore").asInt()).isBetween(0, 100);
            JsonNode history = app.get("/api/me/sessions", token).json();
            assertThat(history.path("sessions").get(0).path("id").asText()).isEqualTo(sessionId);
            assertThat(history.path("progress").path("sessionsCompleted").asInt()).as(history.toString()).isEqualTo(1);
            assertThat(app.get("/api/leaderboard", null).status()).isEqualTo(200);
            assertThat(admin(app, "/admin/api/sessions").body()).contains(sessionId);
            assertThat(admin(app, "/admin/api/sessions/" + sessionId).body()).contains("What do you do for a living?");
            Reply statistics = admin(app, "/admin/api/statistics");
            assertThat(statistics.status()).as(statistics.body()).isEqualTo(200);
            assertThat(admin(app, "/admin/api/leaderboard").status()).isEqualTo(200);
            assertThat(admin(app, "/admin/export/sessions.csv").status()).isEqualTo(200);
            assertThat(app.get("/health/ready", null).json().path("checks").path("migrations").path("detail").asText())
                    .isEqualTo("schema version 6");
        }
        try (TestApp restarted = app()) {
            Reply signedIn = restarted.postJson("/api/auth/sign-in", null, Map.of("email", "petra@example.com",
                    "password", "a long enough password"));
            String token = signedIn.json().path("token").asText();
            assertThat(restarted.get("/api/sessions/" + sessionId, token).json().path("session").path("status")
                    .asText()).isEqualTo("COMPLETED");
        }
    }

    @Test
    void concurrent_completions_have_one_winner_and_concurrent_messages_keep_the_turns_whole() throws Exception {
        try (TestApp app = app()) {
            String token = app.register("Conny Current");
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                String racing = app.startSession(token, "EASY");
                List<Future<Reply>> messages = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    String text = "Message " + i + ": what do you write with every day?";
                    messages.add(pool.submit(() -> app.postJson("/api/sessions/" + racing + "/messages", token,
                            Map.of("text", text))));
                }
                for (Future<Reply> message : messages) {
                    assertThat(message.get(60, TimeUnit.SECONDS).status()).isIn(200, 409);
                }
                JsonNode turns = app.get("/api/sessions/" + racing, token).json().path("session").path("turns");
                for (int i = 0; i < turns.size(); i++) {
                    assertThat(turns.get(i).path("seq").asInt()).as("turns numbered without gaps").isEqualTo(i + 1);
                }

                List<Future<Reply>> completions = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    completions.add(pool.submit(() -> app.postJson("/api/sessions/" + racing + "/complete", token,
                            Map.of())));
                }
                int won = 0;
                for (Future<Reply> completion : completions) {
                    int status = completion.get(60, TimeUnit.SECONDS).status();
                    assertThat(status).isIn(200, 409);
                    won += status == 200 ? 1 : 0;
                }
                assertThat(won).isEqualTo(1);
            } finally {
                pool.shutdownNow();
            }
        }
    }
}
