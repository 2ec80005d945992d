package net.sellmeapen.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import net.sellmeapen.LogCapture;
import net.sellmeapen.TestApp;
import net.sellmeapen.TestApp.Reply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The limits that keep one client or trainee in their share — admin token guesses, registrations,
 * sessions, messages — each a 429 with Retry-After; the admin cookie marked Secure behind HTTPS;
 * credentials in a configured URL never logged; and a message sent while its session is being
 * completed either is in the scored transcript or is refused.
 */
@Timeout(120)
class AbuseLimitsTest {

    private static final String ADMIN_TOKEN = "abuse-limits-admin-token-0123";

    private TestApp app;

    @AfterEach
    void stop() {
        if (app != null) {
            app.close();
        }
    }

    private void start(Map<String, String> extra) {
        Map<String, String> env = new HashMap<>(Map.of("ADMIN_TOKEN", ADMIN_TOKEN));
        env.putAll(extra);
        app = TestApp.start(env);
    }

    private Reply admin(String path, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(app.adminUri(path));
        headers.forEach(request::header);
        return app.send(request);
    }

    @Test
    void admin_token_guessing_is_throttled_per_address_and_logged() {
        try (LogCapture log = new LogCapture()) {
            start(Map.of("ADMIN_FAILURES_PER_ADDRESS", "10")); // the default
            for (int i = 0; i < 10; i++) {
                assertThat(admin("/admin/api/trainees", Map.of("X-Admin-Token", "guess-" + i)).status()).isEqualTo(401);
            }
            Reply locked = admin("/admin/api/trainees", Map.of("X-Admin-Token", "guess-10"));
            assertThat(locked.status()).isEqualTo(429);
            assertThat(locked.raw().headers().firstValue("Retry-After")).isPresent();
            assertThat(admin("/admin/api/trainees", Map.of("X-Admin-Token", ADMIN_TOKEN)).status())
                    .as("while locked out, even the right token waits").isEqualTo(429);
            assertThat(admin("/admin/sessions?token=another-guess", Map.of()).status()).isEqualTo(429);
            assertThat(log.lines()).filteredOn(line -> line.contains("admin: wrong token from 127.0.0.1")).hasSize(10);
            assertThat(log.lines()).noneMatch(line -> line.contains("guess-"));
        }
    }

    @Test
    void registrations_per_address_sessions_per_trainee_and_messages_per_minute_are_capped() {
        start(Map.of("REGISTRATIONS_PER_HOUR", "3", "SESSIONS_PER_HOUR", "3", "MESSAGES_PER_MINUTE", "3"));
        String token = app.register("Rita One");
        app.register("Rita Two");
        app.register("Rita Three");
        Reply fourth = app.postJson("/api/users", null, Map.of("name", "Rita Four"));
        assertThat(fourth.status()).isEqualTo(429);
        assertThat(fourth.error()).contains("too many new accounts");
        assertThat(Long.parseLong(fourth.raw().headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 3600L);

        String session = app.startSession(token, "EASY");
        app.startSession(token, "EASY");
        app.startSession(token, "EASY");
        Reply tooMany = app.postJson("/api/sessions", token, Map.of());
        assertThat(tooMany.status()).isEqualTo(429);
        assertThat(tooMany.error()).contains("3 sessions in the last hour");

        for (int i = 0; i < 3; i++) {
            assertThat(app.postJson("/api/sessions/" + session + "/messages", token, Map.of("text", "Message " + i))
                    .status()).isEqualTo(200);
        }
        Reply flood = app.postJson("/api/sessions/" + session + "/messages", token, Map.of("text", "One too many"));
        assertThat(flood.status()).isEqualTo(429);
        assertThat(flood.raw().headers().firstValue("Retry-After")).isPresent();
        assertThat(app.get("/api/sessions/" + session, token).body()).doesNotContain("One too many");
    }

    @Test
    void the_admin_cookie_is_secure_when_the_browser_came_over_https_through_a_trusted_proxy() {
        start(Map.of());
        String plain = admin("/admin/sessions?token=" + ADMIN_TOKEN, Map.of()).raw().headers()
                .firstValue("Set-Cookie").orElseThrow();
        assertThat(plain).doesNotContain("Secure");
        String proxied = admin("/admin/sessions?token=" + ADMIN_TOKEN, Map.of("X-Forwarded-Proto", "https"))
                .raw().headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(proxied).contains("Secure").contains("HttpOnly");
    }

    @Test
    void credentials_inside_the_model_url_are_never_logged_or_shown() {
        try (LogCapture log = new LogCapture()) {
            start(Map.of("OPENAI_BASE_URL", "http://bob:hunter2-password@127.0.0.1:9/v1?api-key=query-secret-99",
                    "EVALUATOR", "llm"));
            String description = app.application().engines();
            assertThat(description).contains("127.0.0.1:9/v1").doesNotContain("hunter2").doesNotContain("query-secret");
            String token = app.register("Lorna Logged");
            String id = app.startSession(token, "EASY");
            app.postJson("/api/sessions/" + id + "/messages", token, Map.of("text", "What do you write with?"));
            Reply scored = app.postJson("/api/sessions/" + id + "/complete", token, Map.of());
            assertThat(scored.body()).doesNotContain("hunter2").doesNotContain("query-secret");
            assertThat(log.lines()).noneMatch(line -> line.contains("hunter2") || line.contains("query-secret"));
        }
    }

    @Test
    void a_message_sent_while_its_session_completes_is_scored_or_refused_never_lost() throws Exception {
        start(Map.of("SESSIONS_PER_HOUR", "1000", "MESSAGES_PER_MINUTE", "1000"));
        String token = app.register("Rory Race");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        int acknowledgedInAll = 0;
        try {
            for (int round = 0; round < 12; round++) {
                String id = app.startSession(token, "MEDIUM");
                app.postJson("/api/sessions/" + id + "/messages", token, Map.of("text", "What do you do for work?"));
                CountDownLatch go = new CountDownLatch(1);
                List<String> acknowledged = Collections.synchronizedList(new ArrayList<>());
                Future<?> sender = pool.submit(() -> {
                    go.await();
                    for (int i = 0; i < 6; i++) {
                        String text = "Round message " + i + " about pens that never smudge.";
                        Reply reply = app.postJson("/api/sessions/" + id + "/messages", token, Map.of("text", text));
                        if (reply.status() == 200) {
                            acknowledged.add(text);
                        } else {
                            assertThat(reply.status()).as(reply.body()).isEqualTo(409);
                        }
                    }
                    return null;
                });
                Future<Reply> completer = pool.submit(() -> {
                    go.await();
                    Thread.sleep(ThreadLocalRandom.current().nextInt(0, 40));
                    return app.postJson("/api/sessions/" + id + "/complete", token, Map.of());
                });
                go.countDown();
                sender.get(30, TimeUnit.SECONDS);
                Reply completed = completer.get(30, TimeUnit.SECONDS);
                assertThat(completed.status()).as(completed.body()).isEqualTo(200);
                String scored = transcriptOf(id);
                for (String text : acknowledged) {
                    assertThat(scored).as("round " + round + ": an acknowledged message is in the scored transcript")
                            .contains(text);
                }
                acknowledgedInAll += acknowledged.size();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(acknowledgedInAll).as("the race was run: some messages got in").isPositive();
    }

    private String transcriptOf(String sessionId) throws Exception {
        try (var connection = app.sqlConnection();
             var statement = connection.prepareStatement("SELECT transcript FROM training_sessions WHERE id = ?")) {
            statement.setString(1, sessionId);
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        }
    }
}
