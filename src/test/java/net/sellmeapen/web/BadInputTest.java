package net.sellmeapen.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.sql.DriverManager;
import java.util.List;
import java.util.Map;
import net.sellmeapen.TestApp;
import net.sellmeapen.TestApp.Reply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every way a request can be wrong gets the error shape with the right status, and changes nothing. */
class BadInputTest {

    private TestApp app;
    private String token;
    private String sessionId;
    private String before;

    @BeforeEach
    void start() throws Exception {
        app = TestApp.start();
        token = app.register("Ada");
        sessionId = app.startSession(token, "MEDIUM");
        before = snapshot();
    }

    @AfterEach
    void stop() {
        app.close();
    }

    /** Every row of every table, so a test can prove a refused request wrote nothing. */
    private String snapshot() throws Exception {
        StringBuilder out = new StringBuilder();
        try (var connection = DriverManager.getConnection("jdbc:sqlite:" + app.folder().resolve("test.db"))) {
            for (String table : List.of("users", "training_sessions", "session_turns")) {
                try (var rows = connection.createStatement().executeQuery("SELECT * FROM " + table)) {
                    int columns = rows.getMetaData().getColumnCount();
                    while (rows.next()) {
                        out.append(table).append(':');
                        for (int i = 1; i <= columns; i++) {
                            out.append(rows.getString(i)).append('|');
                        }
                        out.append('\n');
                    }
                }
            }
        }
        return out.toString();
    }

    private void assertError(Reply reply, int status, String messagePart) throws Exception {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.json()).as("JSON error body: " + reply.body()).isNotNull();
        assertThat(reply.json().path("success").asBoolean(true)).isFalse();
        assertThat(reply.error()).contains(messagePart);
        assertThat(reply.json().has("details")).isTrue();
        assertThat(reply.body()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(snapshot()).isEqualTo(before);
    }

    private String complete() {
        return "/api/sessions/" + sessionId + "/complete";
    }

    @Test
    void malformed_json_is_400() throws Exception {
        assertError(app.post("/api/users", null, "application/json", "{\"name\": \"Ada\""), 400, "not valid JSON");
        assertError(app.post(complete(), token, "application/json", "{transcript: 1}"), 400, "not valid JSON");
    }

    @Test
    void a_body_that_is_not_an_object_is_400() throws Exception {
        assertError(app.post("/api/users", null, "application/json", "[\"Ada\"]"), 400, "must be a JSON object");
        assertError(app.post("/api/users", null, "application/json", "null"), 400, "must be a JSON object");
    }

    @Test
    void wrong_types_are_400_naming_the_field() throws Exception {
        assertError(app.postJson("/api/users", null, Map.of("name", 123)), 400, "'name' must be a string");
        assertError(app.postJson("/api/sessions", token, Map.of("difficultyLevel", true)), 400,
                "'difficultyLevel' must be a string");
        assertError(app.postJson(complete(), token, Map.of("transcript", 42)), 400,
                "'transcript' must be a string or a list");
        assertError(app.postJson(complete(), token, Map.of("transcript", List.of("Trainee: hi"))), 400,
                "'transcript[0]' must be an object");
    }

    @Test
    void an_unknown_difficulty_lists_the_allowed_ones() throws Exception {
        assertError(app.postJson("/api/sessions", token, Map.of("difficultyLevel", "INSANE")), 400,
                "use one of EASY, MEDIUM, HARD, EXPERT");
        assertError(app.get("/api/leaderboard?difficultyLevel=nope", null), 400, "use one of EASY");
        assertError(app.postJson("/api/sessions", token, Map.of("mode", "TELEPATHY")), 400, "use TEXT or VOICE");
    }

    @Test
    void a_missing_malformed_or_unknown_token_is_401() throws Exception {
        assertError(app.postJson("/api/sessions", null, Map.of()), 401, "sign in first");
        assertError(app.get("/api/sessions/" + sessionId, "not-a-real-token"), 401, "not valid");
        Reply basic = app.send(HttpRequest.newBuilder(app.uri("/api/me/sessions")).header("Authorization", "Basic abc"));
        assertError(basic, 401, "must be 'Bearer <token>'");
        assertThat(basic.raw().headers().firstValue("WWW-Authenticate")).isEmpty();
        assertError(app.postJson(complete(), "wrong", Map.of("transcript", "Trainee: hello")), 401, "not valid");
    }

    @Test
    void an_unknown_or_someone_elses_session_is_404() throws Exception {
        String other = app.register("Mallory");
        before = snapshot();
        assertError(app.get("/api/sessions/" + sessionId, other), 404, "no training session");
        assertError(app.postJson(complete(), other, Map.of("transcript", "Trainee: What do you do?")), 404,
                "no training session");
        assertError(app.get("/api/sessions/doesnotexist", token), 404, "no training session");
    }

    @Test
    void completing_twice_is_409_and_keeps_the_first_result() throws Exception {
        Reply first = app.postJson(complete(), token, Map.of("transcript", "Trainee: What do you do?\nBuyer: I cook."));
        assertThat(first.status()).isEqualTo(200);
        before = snapshot();
        assertError(app.postJson(complete(), token, Map.of("transcript", "Trainee: Buy it now, would you like to buy it?")),
                409, "already completed");
        assertError(app.post(complete(), token, null, ""), 409, "already completed");
    }

    @Test
    void a_transcript_without_trainee_words_is_400_nothing_to_evaluate() throws Exception {
        assertError(app.postJson(complete(), token, Map.of("transcript", "Buyer: Sell me this pen.")), 400,
                "nothing to evaluate");
        assertError(app.postJson(complete(), token, Map.of("transcript", "Trainee: ...\nBuyer: Hello?")), 400,
                "nothing to evaluate");
        assertError(app.postJson(complete(), token, Map.of("transcript", "")), 400, "nothing to evaluate");
        assertError(app.post(complete(), token, null, ""), 400, "nothing to evaluate");
        assertError(app.postJson(complete(), token, Map.of("audioData", "UklGRiQAAABXQVZF")), 400,
                "audioData alone cannot be scored");
    }

    @Test
    void a_body_over_256_kib_is_413() throws Exception {
        String huge = "Trainee: " + "a".repeat(300 * 1024);
        assertError(app.postJson(complete(), token, Map.of("transcript", huge)), 413, "256 KiB");
        assertError(app.postJson("/api/users", null, Map.of("name", "x".repeat(260 * 1024))), 413, "256 KiB");
    }

    @Test
    void names_are_required_and_at_most_100_characters() throws Exception {
        assertError(app.postJson("/api/users", null, Map.of("name", "x".repeat(101))), 400, "at most 100");
        assertError(app.postJson("/api/users", null, Map.of("name", "   ")), 400, "'name' is required");
        assertError(app.postJson("/api/users", null, Map.of("email", "a@b.co")), 400, "'name' is required");
        assertError(app.postJson("/api/users", null, Map.of("name", "Ada\u0000")), 400, "control characters");
        assertThat(app.postJson("/api/users", null, Map.of("name", "é".repeat(100))).status()).isEqualTo(201);
    }

    @Test
    void emails_must_look_like_emails_and_be_unique() throws Exception {
        assertError(app.postJson("/api/users", null, Map.of("name", "Ada", "email", "not-an-email")), 400,
                "'email' must be an email address");
        assertThat(app.postJson("/api/users", null, Map.of("name", "Ada", "email", "ada@example.com")).status())
                .isEqualTo(201);
        before = snapshot();
        assertError(app.postJson("/api/users", null, Map.of("name", "Ada 2", "email", "ADA@example.com")), 409,
                "already registered");
    }

    @Test
    void the_wrong_content_type_is_415() throws Exception {
        assertError(app.post("/api/users", null, "text/plain", "{\"name\":\"Ada\"}"), 415, "application/json");
        assertError(app.post(complete(), token, "application/x-www-form-urlencoded", "transcript=hi"), 415,
                "application/json");
    }

    @Test
    void unknown_routes_are_404_and_wrong_methods_405_as_json() throws Exception {
        assertError(app.get("/api/nothing-here", null), 404, "no such endpoint");
        assertError(app.send(HttpRequest.newBuilder(app.uri("/api/users")).DELETE()), 405, "not allowed");
    }

    @Test
    void limits_must_be_whole_numbers_in_range() throws Exception {
        assertError(app.get("/api/me/sessions?limit=0", token), 400, "'limit' must be a whole number");
        assertError(app.get("/api/leaderboard?limit=abc", null), 400, "'limit' must be a whole number");
        assertError(app.get("/api/leaderboard?limit=5000", null), 400, "from 1 to 200");
    }
}
