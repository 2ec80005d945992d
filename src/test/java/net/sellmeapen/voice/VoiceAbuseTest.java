package net.sellmeapen.voice;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import net.sellmeapen.TestApp;
import net.sellmeapen.TestApp.Reply;
import net.sellmeapen.training.TrainingService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Voice calls under abuse: a second socket for one session, a session ended over HTTP or by an
 * admin during its call, a browser that stops reading while upstream floods it, a 2 MB transcript,
 * one trainee taking every slot, and upgrade requests with odd origins.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class VoiceAbuseTest {

    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final String ADMIN_TOKEN = "voice-abuse-admin-token-0123";

    private final List<AutoCloseable> cleanup = new ArrayList<>();
    private FakeRealtimeServer fake;
    private TestApp app;
    private String token;

    @BeforeEach
    void start() {
        fake = new FakeRealtimeServer().begin();
        app = TestApp.start(Map.of("OPENAI_API_KEY", "test-key", "REALTIME_URL", fake.url(), "ADMIN_TOKEN",
                ADMIN_TOKEN, "VOICE_MAX_PER_TRAINEE", "2", "EVALUATOR", "rubric", "BUYER", "scripted"));
        token = app.register("Vic Voice");
    }

    @AfterEach
    void stop() throws Exception {
        for (AutoCloseable closeable : cleanup.reversed()) {
            closeable.close();
        }
        app.close();
        fake.shutdown();
        assertThat(fake.schemaProblems).as("every event checked against OpenAI's schemas").isEmpty();
    }

    private String voiceSession(String trainee) {
        return app.postJson("/api/sessions", trainee, Map.of("difficultyLevel", "MEDIUM", "mode", "VOICE"))
                .json().path("session").path("id").asText();
    }

    private String ticket(String trainee, String sessionId) {
        Reply reply = app.postJson("/api/sessions/" + sessionId + "/voice-ticket", trainee, Map.of());
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json().path("ticket").asText();
    }

    private VoiceClient connect(String trainee, String sessionId) throws InterruptedException {
        VoiceClient client = VoiceClient.open(app.voiceUri(sessionId, ticket(trainee, sessionId)), null);
        cleanup.add(client::closeBlocking);
        return client;
    }

    private static void waitFor(BooleanSupplier condition, Duration timeout, String what) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(what + " not within " + timeout);
            }
            Thread.sleep(20);
        }
    }

    @Test
    void a_second_socket_for_a_session_is_refused_and_the_first_call_goes_on() throws Exception {
        String id = voiceSession(token);
        VoiceClient first = connect(token, id);
        first.await("app.ready", WAIT);
        VoiceClient second = connect(token, id);
        JsonNode refused = second.await("app.error", WAIT);
        assertThat(refused.path("code").asText()).isEqualTo("already_connected");
        assertThat(second.awaitClosed(WAIT)).isTrue();
        assertThat(fake.connections.get()).as("one upstream call, one bill").isEqualTo(1);
        assertThat(first.isOpen()).isTrue();
        first.closeBlocking();
        waitFor(() -> app.liveVoiceSessions() == 0, WAIT, "the first call released");
        VoiceClient third = connect(token, id);
        third.await("app.ready", WAIT); // once the first is gone, the session can connect again
    }

    @Test
    void completing_over_http_ends_the_live_call_at_once() throws Exception {
        String id = voiceSession(token);
        VoiceClient client = connect(token, id);
        client.await("app.ready", WAIT);
        fake.transcript("I help lawyers sign contracts without a smudge.");
        // (the trainee's own words: the product brief in the same reply says "smudge" from the start)
        waitFor(() -> app.get("/api/sessions/" + id, token).body().contains("help lawyers sign contracts"), WAIT,
                "the turn recorded");
        long started = System.nanoTime();
        Reply completed = app.postJson("/api/sessions/" + id + "/complete", token, Map.of());
        assertThat(completed.status()).as(completed.body()).isEqualTo(200);
        assertThat(client.await("app.ended", WAIT).path("reason").asText()).isEqualTo("session_over");
        waitFor(() -> fake.openConnections() == 0, Duration.ofSeconds(1), "upstream closed");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
        assertThat(app.liveVoiceSessions()).isZero();
    }

    @Test
    void abandoning_in_the_admin_panel_ends_the_live_call() throws Exception {
        String id = voiceSession(token);
        VoiceClient client = connect(token, id);
        client.await("app.ready", WAIT);
        Reply signIn = admin("GET", "/admin/sessions?token=" + ADMIN_TOKEN, null, null);
        String cookie = signIn.raw().headers().firstValue("Set-Cookie").orElseThrow().split(";", 2)[0];
        String page = admin("GET", "/admin/sessions/" + id, cookie, null).body();
        String marker = "name=\"_csrf\" value=\"";
        int at = page.indexOf(marker) + marker.length();
        String form = "_csrf=" + page.substring(at, page.indexOf('"', at));
        assertThat(admin("POST", "/admin/sessions/" + id + "/abandon", cookie, form).status()).isEqualTo(303);
        assertThat(client.await("app.ended", WAIT).path("reason").asText()).isEqualTo("session_over");
        waitFor(() -> fake.openConnections() == 0, Duration.ofSeconds(1), "upstream closed");
    }

    private Reply admin(String method, String path, String cookie, String form) {
        HttpRequest.Builder request = HttpRequest.newBuilder(app.adminUri(path));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        if (method.equals("POST")) {
            request.header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form));
        }
        return app.send(request);
    }

    @Test
    void a_browser_that_stops_reading_is_disconnected_while_upstream_floods_it() throws Exception {
        String id = voiceSession(token);
        try (StalledBrowser browser = StalledBrowser.open(app.voiceUri(id, ticket(token, id)), null)) {
            assertThat(browser.status()).isEqualTo(101);
            waitFor(() -> fake.openConnections() == 1, WAIT, "upstream connected");
            Thread.sleep(300); // the session is set up
            Thread flood = fake.flood(5_000); // 5,000 x 6.5 kB = 32 MB the browser never reads
            waitFor(() -> app.liveVoiceSessions() == 0, Duration.ofSeconds(10), "the call ended");
            waitFor(() -> fake.openConnections() == 0, WAIT, "upstream closed");
            flood.join(TimeUnit.SECONDS.toMillis(5));
            assertThat(flood.isAlive()).isFalse();
        }
        assertThat(app.get("/api/sessions/" + id, token).json().path("session").path("status").asText())
                .as("the session itself is untouched").isEqualTo("IN_PROGRESS");
    }

    @Test
    void a_two_megabyte_transcript_is_stored_cut_to_the_typed_limit_and_not_relayed() throws Exception {
        String id = voiceSession(token);
        VoiceClient client = connect(token, id);
        client.await("app.ready", WAIT);
        fake.transcript("word ".repeat(400_000));
        fake.transcript("And a normal line after it.");
        client.awaitMatching(event -> event.path("transcript").asText().equals("And a normal line after it."), WAIT,
                "the normal transcript");
        waitFor(() -> app.get("/api/sessions/" + id, token).body().contains("normal line"), WAIT, "stored");
        JsonNode turns = app.get("/api/sessions/" + id, token).json().path("session").path("turns");
        String huge = turns.findValuesAsText("text").stream().filter(text -> text.startsWith("word")).findFirst()
                .orElseThrow();
        assertThat(huge).hasSizeLessThanOrEqualTo(TrainingService.MAX_MESSAGE_LENGTH + 1).endsWith("…");
        assertThat(client.received).noneMatch(event -> event.toString().length() > 100_000);
    }

    @Test
    void one_trainee_cannot_take_every_voice_slot() throws Exception {
        List<VoiceClient> mine = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            VoiceClient client = connect(token, voiceSession(token));
            client.await("app.ready", WAIT);
            mine.add(client);
        }
        VoiceClient third = connect(token, voiceSession(token));
        assertThat(third.await("app.error", WAIT).path("code").asText()).isEqualTo("too_many_calls");
        String other = app.register("Olga Other");
        VoiceClient theirs = connect(other, voiceSession(other));
        theirs.await("app.ready", WAIT);
        assertThat(mine).allMatch(VoiceClient::isOpen);
    }

    @Test
    void any_origin_header_gets_a_refusal_or_a_call_never_a_server_error() throws Exception {
        String id = voiceSession(token);
        for (String origin : List.of("null", "", "file://", "http://[::1", "%%%", "http://evil.example:99999",
                "https://" + "a".repeat(5000) + ".example", "javascript:alert(1)")) {
            try (StalledBrowser browser = StalledBrowser.open(app.voiceUri(id, ticket(token, id)), origin)) {
                assertThat(browser.status()).as("Origin: " + origin.substring(0, Math.min(40, origin.length())))
                        .isIn(101, 403);
            }
        }
        assertThat(fake.connections.get()).as("no foreign origin reached upstream").isZero();
    }
}
