package net.sellmeapen.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import net.sellmeapen.Fixtures;
import net.sellmeapen.TestApp;
import net.sellmeapen.TestApp.Reply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A model server that stalls after its headers, trickles, streams without end or echoes our key:
 * every call ends in the documented fallback within LLM_TIMEOUT_SECONDS + 1 s, the rest of the
 * server keeps answering, and no secret reaches a trainee.
 */
class HostileModelTest {

    private static final String TRANSCRIPT = Fixtures.text("fixtures/strong/01-lawyer-price-objection.txt");
    private static final String KEY = "sk-hostile-test-key-0123456789";
    private static final int TIMEOUT_SECONDS = 2;
    private static final long DEADLINE_MS = (TIMEOUT_SECONDS + 1) * 1000L;

    private FakeOpenAi fake;
    private TestApp app;

    @BeforeEach
    void startFake() throws Exception {
        fake = new FakeOpenAi();
    }

    @AfterEach
    void stop() {
        if (app != null) {
            app.close();
        }
        fake.close();
    }

    private String start(String buyer, String evaluator, Map<String, String> extra) {
        Map<String, String> env = new HashMap<>(Map.of("OPENAI_BASE_URL", fake.baseUrl(), "OPENAI_API_KEY", KEY,
                "EVALUATOR", evaluator, "BUYER", buyer, "LLM_TIMEOUT_SECONDS", Integer.toString(TIMEOUT_SECONDS),
                "LLM_CALLS_PER_MINUTE", "1000", "SESSIONS_PER_HOUR", "1000", "MESSAGES_PER_MINUTE", "1000",
                "REGISTRATIONS_PER_HOUR", "1000"));
        env.putAll(extra);
        app = TestApp.start(env);
        return app.register("Hana Hostile");
    }

    private Reply completeWithTranscript(String token) {
        String id = app.startSession(token, "MEDIUM");
        return app.postJson("/api/sessions/" + id + "/complete", token, Map.of("transcript", TRANSCRIPT));
    }

    @Test
    void a_scorecard_falls_back_to_the_rubric_in_time_whatever_the_model_server_does() {
        String token = start("scripted", "llm", Map.of());
        for (FakeOpenAi.Hostile how : List.of(FakeOpenAi.Hostile.STALL_AFTER_HEADERS, FakeOpenAi.Hostile.TRICKLE,
                FakeOpenAi.Hostile.ENDLESS)) {
            fake.hostile(how, 2); // the evaluator may ask twice; both share one deadline
            long started = System.nanoTime();
            Reply reply = completeWithTranscript(token);
            long tookMs = (System.nanoTime() - started) / 1_000_000;
            assertThat(reply.status()).as(how + ": " + reply.body()).isEqualTo(200);
            assertThat(reply.json().path("evaluation").path("evaluator").asText()).as(how.name())
                    .startsWith("rubric (fallback");
            assertThat(tookMs).as(how + " answered within LLM_TIMEOUT_SECONDS + 1 s").isLessThan(DEADLINE_MS);
            while (fake.pending() > 0) {
                fake.skip(); // an endless stream fails at once, leaving its second answer unused
            }
        }
    }

    @Test
    void a_stalled_buyer_answers_503_in_time_and_keeps_the_message() {
        String token = start("llm", "rubric", Map.of());
        fake.hostile(FakeOpenAi.Hostile.STALL_AFTER_HEADERS, 1);
        String id = app.startSession(token, "MEDIUM");
        long started = System.nanoTime();
        Reply reply = app.postJson("/api/sessions/" + id + "/messages", token, Map.of("text", "What do you write with?"));
        long tookMs = (System.nanoTime() - started) / 1_000_000;
        assertThat(reply.status()).isEqualTo(503);
        assertThat(reply.json().path("details").path("messageSaved").asBoolean()).isTrue();
        assertThat(tookMs).isLessThan(DEADLINE_MS);
        assertThat(app.get("/api/sessions/" + id, token).body()).contains("What do you write with?");
    }

    @Test
    void a_model_that_echoes_our_key_never_shows_it_to_the_trainee() {
        String token = start("llm", "llm", Map.of());
        fake.hostile(FakeOpenAi.Hostile.ECHO_AUTHORIZATION, 1);
        String id = app.startSession(token, "MEDIUM");
        Reply message = app.postJson("/api/sessions/" + id + "/messages", token, Map.of("text", "Hello there"));
        assertThat(message.status()).isEqualTo(503);
        assertThat(message.body()).doesNotContain(KEY);
        fake.hostile(FakeOpenAi.Hostile.ECHO_AUTHORIZATION, 2);
        Reply scored = completeWithTranscript(token);
        assertThat(scored.status()).isEqualTo(200);
        assertThat(scored.body()).doesNotContain(KEY).contains("fallback");
        assertThat(app.get("/api/sessions/" + id, token).body()).doesNotContain(KEY);
        assertThat(fake.authorizations).contains("Bearer " + KEY); // it really was sent the key
    }

    @Test
    void many_stalled_calls_never_starve_health_registration_or_threads() throws Exception {
        String token = start("llm", "rubric", Map.of("LLM_MAX_CONCURRENT", "4"));
        int calls = 40;
        fake.hostile(FakeOpenAi.Hostile.STALL_AFTER_HEADERS, calls);
        List<String> sessions = new ArrayList<>();
        for (int i = 0; i < calls; i++) {
            sessions.add(app.startSession(token, "EASY"));
        }
        ExecutorService callers = Executors.newFixedThreadPool(calls);
        try {
            List<Future<Reply>> replies = new ArrayList<>();
            long started = System.nanoTime();
            for (String id : sessions) {
                replies.add(callers.submit(() -> app.postJson("/api/sessions/" + id + "/messages", token,
                        Map.of("text", "Tell me what you write with."))));
            }
            Thread.sleep(300);
            // beyond the 4 calls at once, the others were refused at once instead of holding a thread
            assertThat(threadsIn("net.sellmeapen.llm.ChatClient.complete")).isBetween(1L, 4L);
            long healthStart = System.nanoTime();
            assertThat(app.get("/health", null).status()).isEqualTo(200);
            assertThat(app.postJson("/api/users", null, Map.of("name", "Still Welcome")).status()).isEqualTo(201);
            assertThat((System.nanoTime() - healthStart) / 1_000_000).as("health and registration while stalled")
                    .isLessThan(1_000);
            for (Future<Reply> reply : replies) {
                assertThat(reply.get(DEADLINE_MS * 2, TimeUnit.MILLISECONDS).status()).isEqualTo(503);
            }
            assertThat((System.nanoTime() - started) / 1_000_000).as("every stalled call over in time")
                    .isLessThan(DEADLINE_MS + 1_000);
            assertThat(threadsIn("net.sellmeapen.llm.ChatClient.complete")).isZero();
        } finally {
            callers.shutdownNow();
            assertThat(callers.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
        }

    }

    /** Threads whose stack is in this method now. */
    private static long threadsIn(String method) {
        return Thread.getAllStackTraces().values().stream().filter(stack -> java.util.Arrays.stream(stack)
                .anyMatch(frame -> (frame.getClassName() + "." + frame.getMethodName()).equals(method))).count();
    }
}
