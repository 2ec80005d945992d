package net.sellmeapen.ops;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import net.sellmeapen.LogCapture;
import net.sellmeapen.TestApp;
import net.sellmeapen.TestApp.Reply;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.slf4j.LoggerFactory;

/** Health and readiness on both servers, the metrics endpoint, and the access log with forwarded addresses. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class OperationsTest {

    private static final String ADMIN = "ops-admin-token-0123456789";
    private static final String METRICS = "ops-metrics-token-0123456789";
    private static TestApp app;

    @BeforeAll
    static void start() {
        app = TestApp.start(Map.of("ADMIN_TOKEN", ADMIN, "METRICS_TOKEN", METRICS, "OPENAI_API_KEY", "sk-never-logged",
                "EVALUATOR", "rubric", "BUYER", "scripted"));
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static Reply get(URI uri, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET();
        headers.forEach(request::header);
        return app.send(request);
    }

    @Test
    void both_servers_answer_liveness_and_readiness_with_each_check_and_no_secret() throws Exception {
        for (URI base : List.of(app.application().traineeUri(), app.application().adminUri())) {
            Reply alive = get(URI.create(base + "/health"), Map.of());
            assertThat(alive.status()).isEqualTo(200);
            assertThat(alive.json().path("status").asText()).isEqualTo("ok");
            Reply ready = get(URI.create(base + "/health/ready"), Map.of());
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (ready.status() != 200 && System.nanoTime() < deadline) {
                Thread.sleep(200); // the sentence model loads in the background after start-up
                ready = get(URI.create(base + "/health/ready"), Map.of());
            }
            assertThat(ready.status()).as(ready.body()).isEqualTo(200);
            JsonNode checks = ready.json().path("checks");
            assertThat(checks.path("database").path("ok").asBoolean()).isTrue();
            assertThat(checks.path("migrations").path("detail").asText()).isEqualTo("schema version 6");
            assertThat(checks.path("engines").path("detail").asText()).contains("rubric").contains("scripted");
            assertThat(checks.path("sentenceModel").path("detail").asText()).isEqualTo("loaded");
            assertThat(ready.body()).doesNotContain(ADMIN).doesNotContain(METRICS).doesNotContain("sk-never-logged");
        }
    }

    @Test
    void metrics_need_a_token_and_count_requests_by_route_voice_sessions_evaluations_and_the_jvm() {
        String token = app.register("Meter Reader");
        app.playScript(token, "EASY", List.of("What do you do for a living?"));
        URI metrics = URI.create(app.application().adminUri() + "/metrics");
        assertThat(get(metrics, Map.of()).status()).isEqualTo(401);
        assertThat(get(metrics, Map.of("Authorization", "Bearer wrong-token-0123456789")).status()).isEqualTo(401);
        assertThat(get(URI.create(app.application().traineeUri() + "/metrics"), Map.of("Authorization",
                "Bearer " + METRICS)).status()).as("not on the trainee server").isEqualTo(404);
        Reply scraped = get(metrics, Map.of("Authorization", "Bearer " + METRICS));
        // the JVM meters are bound just after the ports open, off the start-up path
        for (int i = 0; i < 50 && !scraped.body().contains("jvm_memory_used_bytes"); i++) {
            sleep(100);
            scraped = get(metrics, Map.of("Authorization", "Bearer " + METRICS));
        }
        assertThat(scraped.status()).isEqualTo(200);
        assertThat(scraped.raw().headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain");
        assertThat(scraped.body())
                .containsPattern("http_server_requests_seconds_count\\{[^}]*route=\"/api/users\"[^}]*status=\"201\"")
                .containsPattern("http_server_requests_seconds_count\\{[^}]*route=\"/api/sessions/\\{id}/messages\"")
                .containsPattern("evaluations_total\\{[^}]*evaluator=\"rubric\"[^}]*\\} [1-9]")
                .contains("voice_sessions_active").contains("jvm_memory_used_bytes").contains("process_uptime_seconds")
                .doesNotContain(token);
        assertThat(get(metrics, Map.of("X-Admin-Token", ADMIN)).status()).isEqualTo(200);
    }

    @Test
    void each_request_gets_one_access_line_with_secrets_masked_and_the_forwarded_client() {
        Logger access = (Logger) LoggerFactory.getLogger("net.sellmeapen.access");
        Level before = access.getLevel();
        access.setLevel(Level.INFO);
        try (LogCapture logs = new LogCapture()) {
            get(URI.create(app.application().traineeUri() + "/api/difficulty-levels?token=abc123secret&x=1"),
                    Map.of("X-Forwarded-For", "198.51.100.23"));
            get(URI.create(app.application().adminUri() + "/admin/sessions?token=wrong-admin-secret"), Map.of());
            List<String> lines = logs.lines();
            assertThat(lines).anyMatch(line -> line.matches(
                    "GET /SellMeAPenExt/api/difficulty-levels\\?token=\\*\\*\\*&x=1 200 \\d+ ms 198\\.51\\.100\\.23"));
            assertThat(lines).anyMatch(line -> line.startsWith("GET /SellMeAPenExt/admin/sessions?token=*** 401 "));
            assertThat(String.join("\n", lines)).doesNotContain("abc123secret").doesNotContain("wrong-admin-secret");
        } finally {
            access.setLevel(before);
        }
    }

    @Test
    void forwarded_headers_from_an_untrusted_address_are_ignored() {
        try (TestApp strict = TestApp.start(Map.of("TRUSTED_PROXIES", "10.0.0.0/8"))) {
            Logger access = (Logger) LoggerFactory.getLogger("net.sellmeapen.access");
            Level before = access.getLevel();
            access.setLevel(Level.INFO);
            try (LogCapture logs = new LogCapture()) {
                strict.send(HttpRequest.newBuilder(URI.create(strict.application().traineeUri()
                        + "/api/difficulty-levels")).header("X-Forwarded-For", "198.51.100.99").GET());
                assertThat(logs.lines()).anyMatch(line -> line.startsWith("GET /SellMeAPenExt/api/difficulty-levels 200")
                        && !line.contains("198.51.100.99"));
            } finally {
                access.setLevel(before);
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
