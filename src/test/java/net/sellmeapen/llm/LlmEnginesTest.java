package net.sellmeapen.llm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import net.sellmeapen.Fixtures;
import net.sellmeapen.TestApp.Reply;
import net.sellmeapen.Offline;
import net.sellmeapen.TestApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The LLM evaluator and LLM buyer through the real HTTP API, against an in-process fake endpoint. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class LlmEnginesTest {

    private static final String TRANSCRIPT = Fixtures.text("fixtures/strong/01-lawyer-price-objection.txt");
    private static final String REAL_QUOTE = "Happy to, but first, can I ask what you do for a living?";

    private FakeOpenAi fake;
    private TestApp app;
    private String token;

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
        assertThat(fake.schemaProblems).as("requests and responses checked against OpenAI's schemas").isEmpty();
    }

    private void start(Map<String, String> extra) {
        Map<String, String> env = new HashMap<>(Map.of("OPENAI_BASE_URL", fake.baseUrl(),
                "OPENAI_API_KEY", "sk-test-secret", "EVALUATOR", "llm", "BUYER", "scripted",
                "EVAL_MODEL", "eval-model-1", "BUYER_MODEL", "buyer-model-1", "LLM_TIMEOUT_SECONDS", "1"));
        env.putAll(extra);
        app = TestApp.start(env);
        token = app.register("Lena LLM");
    }

    private Reply complete(String difficulty) {
        String id = app.startSession(token, difficulty);
        return app.postJson("/api/sessions/" + id + "/complete", token, Map.of("transcript", TRANSCRIPT));
    }

    /** A scorecard as a model would return it, every category at the given score. */
    private static String scorecard(int score, String quote) {
        ObjectNode root = TestApp.MAPPER.createObjectNode();
        ObjectNode categories = root.putObject("categories");
        for (String key : new String[] {"needsDiscovery", "valueProposition", "urgencyCreation", "objectionHandling",
                "closingTechnique"}) {
            ObjectNode category = categories.putObject(key).put("score", score).put("feedback", "Feedback on " + key);
            category.putArray("evidence").addObject().put("quote", quote).put("mark", "earned");
        }
        root.put("feedback", "A confident, question-led pitch.");
        root.putArray("turningPoints").addObject().put("youSaid", quote).put("tryInstead", "Ask about their week.")
                .put("why", "It ties the pen to them.");
        root.putArray("recommendations").add("Ask one more question.").add("Quantify the value.")
                .add("Close earlier.");
        return root.toString();
    }

    @Test
    void the_request_carries_model_messages_and_a_strict_json_schema_with_the_bearer_key() {
        fake.content(scorecard(15, REAL_QUOTE));
        start(Map.of());
        assertThat(complete("HARD").status()).isEqualTo(200);

        JsonNode request = fake.requests.get(0);
        assertThat(request.path("model").asText()).isEqualTo("eval-model-1");
        assertThat(request.path("messages").get(0).path("role").asText()).isEqualTo("system");
        assertThat(request.path("messages").get(0).path("content").asText()).contains("needsDiscovery")
                .contains("closingTechnique");
        assertThat(request.path("messages").get(1).path("content").asText()).contains("Trainee: Happy to, but first");
        assertThat(request.path("max_tokens").asInt()).isPositive();
        JsonNode format = request.path("response_format");
        assertThat(format.path("type").asText()).isEqualTo("json_schema");
        assertThat(format.path("json_schema").path("strict").asBoolean()).isTrue();
        assertStrict(format.path("json_schema").path("schema"));
        assertThat(fake.authorizations).containsExactly("Bearer sk-test-secret");
    }

    /** Strict mode: every object lists all its properties as required and allows no others. */
    private static void assertStrict(JsonNode schema) {
        if (schema.path("type").asText().equals("object")) {
            assertThat(schema.path("additionalProperties").asBoolean(true)).isFalse();
            var required = new java.util.HashSet<String>();
            schema.path("required").forEach(name -> required.add(name.asText()));
            var names = new java.util.HashSet<String>();
            schema.path("properties").fieldNames().forEachRemaining(names::add);
            assertThat(required).isEqualTo(names);
            schema.path("properties").forEach(LlmEnginesTest::assertStrict);
        }
        if (schema.has("items")) {
            assertStrict(schema.path("items"));
        }
    }

    @Test
    void without_a_key_no_authorization_header_is_sent() {
        fake.content(scorecard(10, REAL_QUOTE));
        app = TestApp.start(Map.of("OPENAI_BASE_URL", fake.baseUrl(), "BUYER", "scripted"));
        token = app.register("Local Lou");
        assertThat(complete("MEDIUM").json().path("evaluation").path("evaluator").asText()).isEqualTo("llm");
        assertThat(fake.authorizations).containsExactly("null");
    }

    @Test
    void good_output_is_stored_as_given_with_engine_and_model() {
        fake.content(scorecard(15, REAL_QUOTE));
        start(Map.of());
        Reply reply = complete("HARD");
        JsonNode evaluation = reply.json().path("evaluation");
        assertThat(evaluation.path("evaluator").asText()).isEqualTo("llm");
        assertThat(evaluation.path("model").asText()).isEqualTo("eval-model-1");
        assertThat(evaluation.path("totalScore").asInt()).isEqualTo(75);
        assertThat(evaluation.path("weightedScore").asInt()).isEqualTo(90);
        assertThat(evaluation.path("grade").asText()).isEqualTo("B");
        assertThat(evaluation.path("categories").path("urgencyCreation").path("feedback").asText())
                .isEqualTo("Feedback on urgencyCreation");
        assertThat(evaluation.path("categories").path("needsDiscovery").path("evidence").get(0).path("quote").asText())
                .isEqualTo(REAL_QUOTE);
        assertThat(evaluation.path("recommendations")).hasSize(3);
        JsonNode stored = app.get("/api/sessions/" + reply.json().path("session").path("id").asText(), token)
                .json().path("session");
        assertThat(stored.path("evaluator").asText()).isEqualTo("llm");
        assertThat(stored.path("evaluation")).isEqualTo(evaluation);
        keep("llm-evaluation-stored.json", stored.path("evaluation"));
    }

    /** Leaves a stored scorecard in target/ for a person to read. */
    private static void keep(String name, JsonNode json) {
        try {
            java.nio.file.Files.createDirectories(java.nio.file.Path.of("target"));
            java.nio.file.Files.writeString(java.nio.file.Path.of("target", name),
                    TestApp.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(json));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void out_of_range_scores_are_clamped_and_totals_recomputed() {
        ObjectNode card = (ObjectNode) readTree(scorecard(12, REAL_QUOTE));
        ((ObjectNode) card.path("categories").path("needsDiscovery")).put("score", 25);
        ((ObjectNode) card.path("categories").path("closingTechnique")).put("score", -3);
        card.put("totalScore", 999);
        fake.content(card.toString());
        start(Map.of());
        JsonNode evaluation = complete("MEDIUM").json().path("evaluation");
        assertThat(evaluation.path("categories").path("needsDiscovery").path("score").asInt()).isEqualTo(20);
        assertThat(evaluation.path("categories").path("closingTechnique").path("score").asInt()).isZero();
        assertThat(evaluation.path("totalScore").asInt()).isEqualTo(20 + 12 + 12 + 12 + 0);
    }

    @Test
    void an_invented_evidence_quote_is_dropped() {
        ObjectNode card = (ObjectNode) readTree(scorecard(14, "This pen will change your life forever."));
        var evidence = ((ObjectNode) card.path("categories").path("closingTechnique")).putArray("evidence");
        evidence.addObject().put("quote", "  would you like to take one TODAY so it's ready for Friday?  ")
                .put("mark", "earned");
        evidence.addObject().put("quote", "Buy it now or regret it.").put("mark", "cost");
        fake.content(card.toString());
        start(Map.of());
        JsonNode categories = complete("MEDIUM").json().path("evaluation").path("categories");
        assertThat(categories.path("valueProposition").path("evidence")).isEmpty();
        assertThat(categories.path("closingTechnique").path("evidence")).hasSize(1);
        JsonNode kept = categories.path("closingTechnique").path("evidence").get(0);
        assertThat(kept.path("quote").asText()).isEqualTo("would you like to take one TODAY so it's ready for Friday?");
        assertThat(kept.path("mark").asText()).isEqualTo("earned");
        assertThat(kept.path("turn").asInt()).isPositive();
    }

    @Test
    void malformed_output_is_retried_once() {
        fake.content("Sure! Here is the scorecard: {not json").content(scorecard(16, REAL_QUOTE));
        start(Map.of());
        JsonNode evaluation = complete("MEDIUM").json().path("evaluation");
        assertThat(evaluation.path("evaluator").asText()).isEqualTo("llm");
        assertThat(evaluation.path("totalScore").asInt()).isEqualTo(80);
        assertThat(fake.requests).hasSize(2);
    }

    @Test
    void malformed_output_twice_falls_back_to_the_rubric_and_says_why() {
        fake.content("{\"categories\": 7}").content("still not a scorecard");
        start(Map.of());
        JsonNode evaluation = complete("MEDIUM").json().path("evaluation");
        assertThat(evaluation.path("evaluator").asText()).isEqualTo("rubric (fallback: output was not JSON)");
        assertThat(evaluation.path("model").isNull()).isTrue();
        keep("llm-evaluation-fallback.json", evaluation);
        assertThat(evaluation.path("categories").size()).isEqualTo(5);
        assertThat(fake.requests).hasSize(2);
    }

    @Test
    void a_refused_key_falls_back_with_the_reason_and_never_shows_the_key() {
        fake.status(401, null);
        start(Map.of());
        Reply reply = complete("MEDIUM");
        assertThat(reply.json().path("evaluation").path("evaluator").asText())
                .isEqualTo("rubric (fallback: HTTP 401: check OPENAI_API_KEY)");
        assertThat(reply.body()).doesNotContain("sk-test-secret");
        assertThat(fake.requests).hasSize(1);
    }

    @Test
    void rate_limits_are_retried_once_after_retry_after() {
        fake.status(429, "1").content(scorecard(10, REAL_QUOTE));
        start(Map.of("LLM_TIMEOUT_SECONDS", "3")); // the timeout is the whole call's, its retry included
        long started = System.nanoTime();
        JsonNode evaluation = complete("MEDIUM").json().path("evaluation");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(950));
        assertThat(evaluation.path("evaluator").asText()).isEqualTo("llm");

        fake.status(429, "1").status(429, "1");
        assertThat(complete("MEDIUM").json().path("evaluation").path("evaluator").asText())
                .isEqualTo("rubric (fallback: HTTP 429: rate limited)");
    }

    @Test
    void server_errors_fall_back_after_one_retry() {
        fake.status(500, null).status(503, null);
        start(Map.of("LLM_TIMEOUT_SECONDS", "3"));
        assertThat(complete("MEDIUM").json().path("evaluation").path("evaluator").asText())
                .isEqualTo("rubric (fallback: HTTP 503 from the model server)");
        assertThat(fake.requests).hasSize(2);
    }

    @Test
    void a_response_slower_than_the_timeout_falls_back_within_the_timeout_and_a_margin() {
        fake.slow(4000, scorecard(18, REAL_QUOTE));
        start(Map.of());
        long started = System.nanoTime();
        JsonNode evaluation = complete("MEDIUM").json().path("evaluation");
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertThat(evaluation.path("evaluator").asText()).isEqualTo("rubric (fallback: timeout after 1 s)");
        assertThat(took).isLessThan(Duration.ofMillis(2500));
    }

    @Test
    void the_llm_buyer_relays_replies_and_records_its_decision() {
        fake.content("{\"reply\":\"I'm a florist. I write on cards all day.\",\"decision\":\"none\"}")
                .content("{\"reply\":\"Fine, you've convinced me. I'll take it.\",\"decision\":\"buy\"}");
        start(Map.of("BUYER", "llm", "EVALUATOR", "rubric"));
        String id = app.startSession(token, "HARD");
        Reply first = app.postJson("/api/sessions/" + id + "/messages", token, Map.of("text", "What do you do?"));
        assertThat(first.json().path("reply").path("text").asText()).isEqualTo("I'm a florist. I write on cards all day.");
        assertThat(first.json().path("buyerDecided").asBoolean()).isFalse();
        Reply second = app.postJson("/api/sessions/" + id + "/messages", token,
                Map.of("text", "This pen never smudges your cards. Shall I wrap one?"));
        assertThat(second.json().path("outcome").asText()).isEqualTo("SALE");

        String firstSystem = fake.requests.get(0).path("messages").get(0).path("content").asText();
        assertThat(firstSystem).as("the brief and the state: nothing told, money not come up yet")
                .contains(Offline.PRODUCT.brief().guarantee()).contains("You have told the trainee about: nothing yet")
                .contains("Money has not come up yet");
        JsonNode request = fake.requests.get(1);
        assertThat(request.path("model").asText()).isEqualTo("buyer-model-1");
        assertThat(request.path("messages").get(0).path("content").asText()).contains("sell me this pen")
                .contains("You have told the trainee about: what they do");
        assertThat(request.path("messages").findValuesAsText("role"))
                .containsExactly("system", "assistant", "user", "assistant", "user");
        assertThat(request.path("response_format").path("json_schema").path("strict").asBoolean()).isTrue();
        assertThat(app.get("/api/sessions/" + id, token).json().path("session").path("outcome").asText())
                .isEqualTo("SALE");
    }

    @Test
    void when_the_llm_buyer_fails_the_message_is_kept_and_the_trainee_can_retry_or_finish() {
        fake.status(500, null).status(500, null)
                .content("{\"reply\":\"Sorry, I was distracted. I'm a chef.\",\"decision\":\"none\"}");
        start(Map.of("BUYER", "llm", "EVALUATOR", "rubric", "LLM_TIMEOUT_SECONDS", "3"));
        String id = app.startSession(token, "MEDIUM");
        Reply failed = app.postJson("/api/sessions/" + id + "/messages", token,
                Map.of("text", "What do you do for a living?"));
        assertThat(failed.status()).isEqualTo(503);
        assertThat(failed.error()).contains("buyer is unavailable").contains("Your message is saved");
        assertThat(failed.json().path("details").path("messageSaved").asBoolean()).isTrue();
        JsonNode turns = app.get("/api/sessions/" + id, token).json().path("session").path("turns");
        assertThat(turns.findValuesAsText("speaker")).containsExactly("BUYER", "TRAINEE");

        Reply retried = app.postJson("/api/sessions/" + id + "/messages", token, Map.of("text", "Sorry, again: what do you do?"));
        assertThat(retried.status()).isEqualTo(200);
        assertThat(retried.json().path("reply").path("text").asText()).isEqualTo("Sorry, I was distracted. I'm a chef.");
        assertThat(app.postJson("/api/sessions/" + id + "/complete", token, Map.of()).status()).isEqualTo(200);
    }

    @Test
    void the_per_trainee_budget_answers_429_when_exceeded() {
        fake.content("{\"reply\":\"Hello.\",\"decision\":\"none\"}").content("{\"reply\":\"Yes?\",\"decision\":\"none\"}");
        start(Map.of("BUYER", "llm", "EVALUATOR", "rubric", "LLM_CALLS_PER_MINUTE", "2"));
        String id = app.startSession(token, "MEDIUM");
        assertThat(app.postJson("/api/sessions/" + id + "/messages", token, Map.of("text", "Hi")).status()).isEqualTo(200);
        assertThat(app.postJson("/api/sessions/" + id + "/messages", token, Map.of("text", "Hello")).status()).isEqualTo(200);
        Reply limited = app.postJson("/api/sessions/" + id + "/messages", token, Map.of("text", "Still there?"));
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.error()).contains("at most 2");
        assertThat(fake.requests).hasSize(2);
    }

    private static JsonNode readTree(String json) {
        try {
            return TestApp.MAPPER.readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
