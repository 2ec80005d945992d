package net.sellmeapen.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.sellmeapen.TestApp;
import net.sellmeapen.TestApp.Reply;
import net.sellmeapen.voice.FakeRealtimeServer;
import net.sellmeapen.voice.VoiceClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;

/**
 * Two app instances on one PostgreSQL, as behind a load balancer: whatever a trainee or an admin
 * was given by one instance holds on the other, and the limits count on both together — voice
 * tickets, sessions and sign-in failures per trainee, registrations and admin guesses per address,
 * admin cookie sessions and their form tokens; a session's one live call and a trainee's share of
 * calls hold across both, and completing on one instance ends the call held by the other. Skipped where PostgreSQL is not installed, unless
 * {@code -Dpostgres.tests.required=true}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(180)
class TwoInstancesTest {

    private static final String ADMIN_TOKEN = "two-instances-admin-token-0123";
    private static final Duration WAIT = Duration.ofSeconds(10);

    private PostgresServer server;
    private FakeRealtimeServer fake;
    private TestApp first;
    private TestApp second;

    @BeforeAll
    void start() throws Exception {
        server = PostgresServer.startForTest();
        fake = new FakeRealtimeServer().begin();
        Map<String, String> env = new HashMap<>(Map.of("DATABASE_URL", server.createDatabase("two_instances"),
                "DATABASE_USER", server.user(), "ADMIN_TOKEN", ADMIN_TOKEN, "OPENAI_API_KEY", "test-key",
                "REALTIME_URL", fake.url(), "EVALUATOR", "rubric", "BUYER", "scripted", "SESSIONS_PER_HOUR", "3",
                "ADMIN_FAILURES_PER_ADDRESS", "4", "REGISTRATIONS_PER_HOUR", "6"));
        env.put("TRUSTED_PROXIES", "127.0.0.1"); // as behind nginx: the client's address is X-Forwarded-For
        env.put("VOICE_MAX_PER_TRAINEE", "1");
        first = TestApp.start(env);
        second = TestApp.start(env);
    }

    @AfterAll
    void stop() throws Exception {
        for (TestApp app : new TestApp[] {first, second}) {
            if (app != null) {
                app.close();
            }
        }
        if (fake != null) {
            fake.shutdown();
            assertThat(fake.schemaProblems).as("every event checked against OpenAI's schemas").isEmpty();
        }
        if (server != null) {
            server.close();
        }
    }

    private static String registerFrom(TestApp app, String address, String name, String email) {
        HashMap<String, String> body = new HashMap<>(Map.of("name", name));
        if (email != null) {
            body.put("email", email);
            body.put("password", "a long enough password");
        }
        Reply reply = app.send(HttpRequest.newBuilder(app.uri("/api/users")).header("X-Forwarded-For", address)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(TestApp.MAPPER.valueToTree(body).toString())));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json().path("token").asText();
    }

    @Test
    void a_voice_ticket_from_one_instance_opens_the_call_on_the_other_and_only_once() throws Exception {
        String token = registerFrom(first, "198.51.100.1", "Vera Two", null);
        String id = first.postJson("/api/sessions", token, Map.of("mode", "VOICE")).json().path("session")
                .path("id").asText();
        Reply ticket = first.postJson("/api/sessions/" + id + "/voice-ticket", token, Map.of());
        assertThat(ticket.status()).as(ticket.body()).isEqualTo(200);
        String secret = ticket.json().path("ticket").asText();

        VoiceClient call = VoiceClient.open(second.voiceUri(id, secret), null);
        try {
            call.await("app.ready", WAIT);
            VoiceClient again = VoiceClient.open(first.voiceUri(id, secret), null);
            assertThat(again.await("app.error", WAIT).path("code").asText()).isEqualTo("invalid_ticket");
            assertThat(again.awaitClosed(WAIT)).isTrue();
        } finally {
            call.closeBlocking();
        }
    }

    private static String voiceSession(TestApp app, String token) {
        return app.postJson("/api/sessions", token, Map.of("mode", "VOICE")).json().path("session").path("id")
                .asText();
    }

    private static VoiceClient call(TestApp app, String token, String sessionId) throws InterruptedException {
        Reply ticket = app.postJson("/api/sessions/" + sessionId + "/voice-ticket", token, Map.of());
        assertThat(ticket.status()).as(ticket.body()).isEqualTo(200);
        return VoiceClient.open(app.voiceUri(sessionId, ticket.json().path("ticket").asText()), null);
    }

    @Test
    void one_call_per_session_and_a_trainees_share_hold_across_instances() throws Exception {
        String token = registerFrom(first, "198.51.100.6", "Cal Claims", null);
        String id = voiceSession(first, token);
        VoiceClient live = call(first, token, id);
        try {
            live.await("app.ready", WAIT);
            VoiceClient sameSession = call(second, token, id);
            assertThat(sameSession.await("app.error", WAIT).path("code").asText()).isEqualTo("already_connected");
            VoiceClient otherSession = call(second, token, voiceSession(second, token));
            assertThat(otherSession.await("app.error", WAIT).path("code").asText()).as("a share of one call")
                    .isEqualTo("too_many_calls");
        } finally {
            live.closeBlocking();
        }
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (first.liveVoiceSessions() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        VoiceClient again = call(second, token, id);
        try {
            again.await("app.ready", WAIT); // the call ended on the first: the second may hold it now
        } finally {
            again.closeBlocking();
        }
    }

    @Test
    void completing_on_one_instance_ends_the_call_held_by_the_other_first() throws Exception {
        String token = registerFrom(first, "198.51.100.8", "Ted Two", null);
        String id = voiceSession(first, token);
        VoiceClient live = call(first, token, id);
        try {
            live.await("app.ready", WAIT);
            fake.transcript("I help lawyers sign contracts without a smudge.");
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (!second.get("/api/sessions/" + id, token).body().contains("help lawyers sign contracts")
                    && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            long start = System.nanoTime();
            Reply completed = second.postJson("/api/sessions/" + id + "/complete", token, Map.of());
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertThat(completed.status()).as(completed.body()).isEqualTo(200);
            assertThat(first.liveVoiceSessions()).as("the call ended before the scorecard was made").isZero();
            assertThat(live.await("app.ended", WAIT).path("reason").asText()).isEqualTo("session_over");
            assertThat(millis).as("the holder ended it within its poll, not the 3 s wait").isLessThan(2_500);
        } finally {
            live.closeBlocking();
        }
    }

    @Test
    void sessions_a_trainee_starts_are_counted_on_both_instances() {
        String token = registerFrom(first, "198.51.100.2", "Sam Starter", null);
        for (TestApp app : List.of(first, second, first)) {
            assertThat(app.postJson("/api/sessions", token, Map.of()).status()).isEqualTo(201);
        }
        Reply fourth = second.postJson("/api/sessions", token, Map.of());
        assertThat(fourth.status()).as(fourth.body()).isEqualTo(429);
        assertThat(fourth.raw().headers().firstValue("Retry-After")).isPresent();
    }

    @Test
    void failed_sign_ins_and_registrations_are_counted_on_both_instances() {
        registerFrom(first, "198.51.100.3", "Fay Fails", "fay@example.com");
        for (int i = 0; i < 5; i++) { // five wrong passwords for the account, alternating instances
            TestApp app = i % 2 == 0 ? first : second;
            assertThat(app.postJson("/api/auth/sign-in", null, Map.of("email", "fay@example.com", "password",
                    "not the password at all")).status()).isEqualTo(401);
        }
        Reply locked = second.postJson("/api/auth/sign-in", null, Map.of("email", "fay@example.com", "password",
                "a long enough password"));
        assertThat(locked.status()).as("even the right password waits now").isEqualTo(429);

        for (int i = 0; i < 6; i++) { // six registrations an hour from one address, across both
            registerFrom(i % 2 == 0 ? first : second, "198.51.100.4", "Reg " + i, null);
        }
        Reply seventh = first.send(HttpRequest.newBuilder(first.uri("/api/users")).header("X-Forwarded-For",
                "198.51.100.4").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"Reg 6\"}")));
        assertThat(seventh.status()).isEqualTo(429);
    }

    private static Reply admin(TestApp app, String method, String path, Map<String, String> headers, String form) {
        HttpRequest.Builder request = HttpRequest.newBuilder(app.adminUri(path));
        headers.forEach(request::header);
        if (method.equals("POST")) {
            request.header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form));
        }
        return app.send(request);
    }

    private static String formToken(String html) {
        String marker = "name=\"_csrf\" value=\"";
        int start = html.indexOf(marker) + marker.length();
        return html.substring(start, html.indexOf('"', start));
    }

    @Test
    void an_admin_signed_in_on_one_instance_works_on_the_other_with_the_same_form_token() {
        String token = registerFrom(second, "198.51.100.5", "Abe Abandoned", null);
        String stuck = second.startSession(token, "EASY");
        Reply signedIn = admin(first, "GET", "/admin/sessions?token=" + ADMIN_TOKEN, Map.of(), null);
        assertThat(signedIn.status()).isEqualTo(302);
        String setCookie = signedIn.raw().headers().firstValue("Set-Cookie").orElseThrow();
        String cookie = setCookie.substring(0, setCookie.indexOf(';'));

        String onFirst = admin(first, "GET", "/admin/sessions/" + stuck, Map.of("Cookie", cookie), null).body();
        Reply onSecond = admin(second, "GET", "/admin/sessions/" + stuck, Map.of("Cookie", cookie), null);
        assertThat(onSecond.status()).isEqualTo(200);
        assertThat(formToken(onSecond.body())).isEqualTo(formToken(onFirst)).isNotBlank();
        Reply abandoned = admin(second, "POST", "/admin/sessions/" + stuck + "/abandon", Map.of("Cookie", cookie),
                "_csrf=" + formToken(onFirst));
        assertThat(abandoned.status()).isEqualTo(303);
        assertThat(first.get("/api/sessions/" + stuck, token).json().path("session").path("status").asText())
                .isEqualTo("ABANDONED");

        String tampered = cookie.substring(0, cookie.indexOf('=') + 1) + "99999999999"
                + cookie.substring(cookie.indexOf('.'));
        assertThat(admin(second, "GET", "/admin/sessions", Map.of("Cookie", tampered, "Accept", "application/json"),
                null).status()).as("a cookie whose expiry was changed").isEqualTo(401);
    }

    @Test
    void wrong_admin_tokens_are_counted_on_both_instances() {
        Map<String, String> guesser = Map.of("X-Forwarded-For", "203.0.113.9");
        for (int i = 0; i < 4; i++) {
            TestApp app = i % 2 == 0 ? first : second;
            assertThat(admin(app, "GET", "/admin/api/sessions", Map.of("X-Forwarded-For", "203.0.113.9",
                    "X-Admin-Token", "a-wrong-guess-" + i + "-0123456789"), null).status()).isEqualTo(401);
        }
        HashMap<String, String> right = new HashMap<>(guesser);
        right.put("X-Admin-Token", ADMIN_TOKEN);
        assertThat(admin(second, "GET", "/admin/api/sessions", right, null).status()).isEqualTo(429);
        assertThat(admin(first, "GET", "/admin/api/sessions", Map.of("X-Admin-Token", ADMIN_TOKEN), null).status())
                .as("another address is not held up").isEqualTo(200);
    }
}
