package net.sellmeapen.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import net.sellmeapen.TestApp;
import net.sellmeapen.TestApp.Reply;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every way a request can be wrong gets the error shape with the right status, and changes nothing. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(60)
class BadInputTest {

    private static final String JSON = "application/json";

    private TestApp app;
    private String token;
    private String sessionId;
    private String before;

    @BeforeAll
    void start() {
        app = TestApp.start();
        token = app.register("Ada");
        sessionId = app.startSession(token, "MEDIUM");
    }

    @AfterAll
    void stop() {
        app.close();
    }

    @BeforeEach
    void remember() throws Exception {
        before = snapshot();
    }

    /** Who sends a request in the table: nobody, the session's owner, or someone with a made-up token. */
    enum Caller { NOBODY, OWNER, FORGED }

    /**
     * One bad request: method, path ({@code {session}} is the owner's session), caller, content type,
     * body, and the status and words of the answer.
     */
    static Stream<Arguments> badRequests() {
        String complete = "/api/sessions/{session}/complete";
        return Stream.of(
                row("malformed JSON", "POST", "/api/users", Caller.NOBODY, JSON, "{\"name\": \"Ada\"", 400,
                        "not valid JSON"),
                row("malformed JSON on complete", "POST", complete, Caller.OWNER, JSON, "{transcript: 1}", 400,
                        "not valid JSON"),
                row("a list body", "POST", "/api/users", Caller.NOBODY, JSON, "[\"Ada\"]", 400,
                        "must be a JSON object"),
                row("a null body", "POST", "/api/users", Caller.NOBODY, JSON, "null", 400, "must be a JSON object"),
                row("a number for a name", "POST", "/api/users", Caller.NOBODY, JSON, "{\"name\":123}", 400,
                        "'name' must be a string"),
                row("a boolean difficulty", "POST", "/api/sessions", Caller.OWNER, JSON,
                        "{\"difficultyLevel\":true}", 400, "'difficultyLevel' must be a string"),
                row("a number for a transcript", "POST", complete, Caller.OWNER, JSON, "{\"transcript\":42}", 400,
                        "'transcript' must be a string or a list"),
                row("a list of strings for a transcript", "POST", complete, Caller.OWNER, JSON,
                        "{\"transcript\":[\"Trainee: hi\"]}", 400, "'transcript[0]' must be an object"),
                row("an unknown difficulty", "POST", "/api/sessions", Caller.OWNER, JSON,
                        "{\"difficultyLevel\":\"INSANE\"}", 400, "use one of EASY, MEDIUM, HARD, EXPERT"),
                row("an unknown leaderboard difficulty", "GET", "/api/leaderboard?difficultyLevel=nope", Caller.NOBODY,
                        null, null, 400, "use one of EASY"),
                row("an unknown mode", "POST", "/api/sessions", Caller.OWNER, JSON, "{\"mode\":\"TELEPATHY\"}", 400,
                        "use one of TEXT, VOICE"),
                row("no token", "POST", "/api/sessions", Caller.NOBODY, JSON, "{}", 401, "sign in first"),
                row("a forged token", "GET", "/api/sessions/{session}", Caller.FORGED, null, null, 401, "not valid"),
                row("a forged token on complete", "POST", complete, Caller.FORGED, JSON,
                        "{\"transcript\":\"Trainee: hello\"}", 401, "not valid"),
                row("an unknown session", "GET", "/api/sessions/doesnotexist", Caller.OWNER, null, null, 404,
                        "no training session"),
                row("a buyer-only transcript", "POST", complete, Caller.OWNER, JSON,
                        "{\"transcript\":\"Buyer: Sell me this pen.\"}", 400, "nothing to evaluate"),
                row("a transcript of dots", "POST", complete, Caller.OWNER, JSON,
                        "{\"transcript\":\"Trainee: ...\\nBuyer: Hello?\"}", 400, "nothing to evaluate"),
                row("an empty transcript", "POST", complete, Caller.OWNER, JSON, "{\"transcript\":\"\"}", 400,
                        "nothing to evaluate"),
                row("no body on complete", "POST", complete, Caller.OWNER, null, "", 400, "nothing to evaluate"),
                row("audio alone", "POST", complete, Caller.OWNER, JSON, "{\"audioData\":\"UklGRiQAAABXQVZF\"}", 400,
                        "audioData alone cannot be scored"),
                row("a transcript over 256 KiB", "POST", complete, Caller.OWNER, JSON,
                        "{\"transcript\":\"Trainee: " + "a".repeat(300 * 1024) + "\"}", 413, "256 KiB"),
                row("a name over 256 KiB", "POST", "/api/users", Caller.NOBODY, JSON,
                        "{\"name\":\"" + "x".repeat(260 * 1024) + "\"}", 413, "256 KiB"),
                row("a name over 100 characters", "POST", "/api/users", Caller.NOBODY, JSON,
                        "{\"name\":\"" + "x".repeat(101) + "\"}", 400, "at most 100"),
                row("a blank name", "POST", "/api/users", Caller.NOBODY, JSON, "{\"name\":\"   \"}", 400,
                        "'name' is required"),
                row("no name", "POST", "/api/users", Caller.NOBODY, JSON, "{\"email\":\"a@b.co\"}", 400,
                        "'name' is required"),
                row("a control character in a name", "POST", "/api/users", Caller.NOBODY, JSON,
                        "{\"name\":\"Ada\\u0000\"}", 400, "control characters"),
                row("a bad email", "POST", "/api/users", Caller.NOBODY, JSON,
                        "{\"name\":\"Ada\",\"email\":\"not-an-email\"}", 400, "'email' must be an email address"),
                row("text/plain", "POST", "/api/users", Caller.NOBODY, "text/plain", "{\"name\":\"Ada\"}", 415,
                        "application/json"),
                row("a form body", "POST", complete, Caller.OWNER, "application/x-www-form-urlencoded",
                        "transcript=hi", 415, "application/json"),
                row("an unknown route", "GET", "/api/nothing-here", Caller.NOBODY, null, null, 404,
                        "no such endpoint"),
                row("a wrong method", "DELETE", "/api/users", Caller.NOBODY, null, null, 405, "not allowed"),
                row("a zero limit", "GET", "/api/me/sessions?limit=0", Caller.OWNER, null, null, 400,
                        "'limit' must be a whole number"),
                row("a word for a limit", "GET", "/api/leaderboard?limit=abc", Caller.NOBODY, null, null, 400,
                        "'limit' must be a whole number"),
                row("a limit too large", "GET", "/api/leaderboard?limit=5000", Caller.NOBODY, null, null, 400,
                        "from 1 to 200"));
    }

    private static Arguments row(String name, String method, String path, Caller caller, String contentType,
            String body, int status, String messagePart) {
        return Arguments.argumentSet(name, method, path, caller, contentType, body, status, messagePart);
    }

    @ParameterizedTest
    @MethodSource("badRequests")
    void a_bad_request_gets_the_error_body_and_changes_nothing(String method, String path, Caller caller,
            String contentType, String body, int status, String messagePart) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(app.uri(path.replace("{session}", sessionId)))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        switch (caller) {
            case OWNER -> request.header("Authorization", "Bearer " + token);
            case FORGED -> request.header("Authorization", "Bearer not-a-real-token");
            case NOBODY -> {
                // no Authorization header
            }
        }
        assertError(app.send(request), status, messagePart);
    }

    @Test
    void a_malformed_authorization_header_is_401_without_a_browser_prompt() throws Exception {
        Reply basic = app.send(HttpRequest.newBuilder(app.uri("/api/me/sessions")).header("Authorization", "Basic abc"));
        assertError(basic, 401, "must be 'Bearer <token>'");
        assertThat(basic.raw().headers().firstValue("WWW-Authenticate")).isEmpty();
    }

    @Test
    void someone_elses_session_is_404() throws Exception {
        String other = app.register("Mallory " + System.nanoTime());
        before = snapshot();
        assertError(app.get("/api/sessions/" + sessionId, other), 404, "no training session");
        assertError(app.postJson(complete(sessionId), other, Map.of("transcript", "Trainee: What do you do?")), 404,
                "no training session");
    }

    @Test
    void completing_twice_is_409_and_keeps_the_first_result() throws Exception {
        String session = app.startSession(token, "MEDIUM");
        Reply first = app.postJson(complete(session), token,
                Map.of("transcript", "Trainee: What do you do?\nBuyer: I cook."));
        assertThat(first.status()).isEqualTo(200);
        before = snapshot();
        assertError(app.postJson(complete(session), token,
                Map.of("transcript", "Trainee: Buy it now, would you like to buy it?")), 409, "already completed");
        assertError(app.post(complete(session), token, null, ""), 409, "already completed");
    }

    @Test
    void names_of_100_characters_are_accepted_however_they_are_spelled() {
        assertThat(app.postJson("/api/users", null, Map.of("name", "é".repeat(100))).status()).isEqualTo(201);
    }

    @Test
    void an_email_is_registered_once_in_any_case() throws Exception {
        String email = "ada" + System.nanoTime() + "@example.com";
        assertThat(app.postJson("/api/users", null, Map.of("name", "Ada", "email", email)).status()).isEqualTo(201);
        before = snapshot();
        assertError(app.postJson("/api/users", null, Map.of("name", "Ada 2", "email", email.toUpperCase())), 409,
                "already registered");
    }

    private static String complete(String session) {
        return "/api/sessions/" + session + "/complete";
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

    /** Every row of every table, so a test can prove a refused request wrote nothing. */
    private String snapshot() throws Exception {
        StringBuilder out = new StringBuilder();
        try (var connection = app.sqlConnection()) {
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
}
