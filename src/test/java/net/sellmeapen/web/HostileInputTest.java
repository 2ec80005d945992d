package net.sellmeapen.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.sellmeapen.LogCapture;
import net.sellmeapen.TestApp;
import net.sellmeapen.TestApp.Reply;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;

/**
 * Hundreds of generated hostile requests on every trainee and admin route: wrong methods, bodies,
 * types, depths, sizes, ids, headers and tokens. None may get a 5xx, and no log line may carry a
 * stack trace. HEAD and OPTIONS answer as HTTP says.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(180)
class HostileInputTest {

    private static final String ADMIN_TOKEN = "hostile-input-admin-token-0123";
    private static final long SEED = 20261129L;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private TestApp app;
    private LogCapture log;
    private String token;
    private String sessionId;

    @BeforeAll
    void start() {
        log = new LogCapture();
        app = TestApp.start(Map.of("ADMIN_TOKEN", ADMIN_TOKEN, "REGISTRATIONS_PER_HOUR", "100000",
                "SESSIONS_PER_HOUR", "100000", "MESSAGES_PER_MINUTE", "100000"));
        token = app.register("Hilda Hostile");
        sessionId = app.startSession(token, "MEDIUM");
    }

    @AfterAll
    void stop() {
        app.close();
        log.close();
    }

    /** Bodies no route should choke on. */
    private static List<String> hostileBodies() {
        return List.of("", "{", "[]", "null", "\"text\"", "42", "{\"text\":null}", "{\"text\":42}",
                "{\"text\":{\"$gt\":\"\"}}", "{\"name\":\"" + "n".repeat(10_000) + "\"}",
                "[".repeat(1_000) + "]".repeat(1_000), "{\"a\":".repeat(500) + "1" + "}".repeat(500),
                "{\"text\":\"\\u0000\\ud800\"}", "{\"difficultyLevel\":\"IMPOSSIBLE\",\"mode\":\"TELEPATHY\"}",
                "{\"transcript\":[{\"speaker\":\"GOD\",\"text\":\"hi\"}]}", "{\"transcript\":" + "[".repeat(40)
                        + "]".repeat(40) + "}", "{\"password\":[],\"email\":{}}", "\uFEFF{}",
                "{\"text\":\"" + "é".repeat(3_000) + "\"}", "{\"code\":\"' OR 1=1 --\",\"password\":\"x\"}");
    }

    private static List<String> hostileIds() {
        return List.of("x", "..%2F..%2Fetc%2Fpasswd", "%00", "%27%20OR%20%271%27%3D%271", "a".repeat(2_000),
                "%F0%9F%96%8A", "%3Cscript%3E", "-1", "99999999999999999999", "%C0%AF", "%FF%FE");
    }

    private List<String[]> traineeRoutes() {
        List<String[]> routes = new ArrayList<>();
        for (String route : List.of("POST /api/users", "POST /api/auth/sign-in", "POST /api/auth/sign-out",
                "POST /api/auth/reset", "GET /api/me", "PUT /api/me/password", "POST /api/sessions",
                "GET /api/sessions/{id}", "POST /api/sessions/{id}/messages", "POST /api/sessions/{id}/complete",
                "POST /api/sessions/{id}/hints", "POST /api/sessions/{id}/voice-ticket", "GET /api/me/sessions",
                "GET /api/leaderboard", "GET /api/difficulty-levels", "GET /api/config", "GET /api/model-pitch")) {
            routes.add(route.split(" ", 2));
        }
        return routes;
    }

    @Test
    void five_hundred_and_more_hostile_requests_get_no_server_error_and_no_stack_trace() throws Exception {
        // its own trainee: the run signs tokens out and changes passwords
        String token = app.register("Hostile Runner");
        String sessionId = app.startSession(token, "MEDIUM");
        Random random = new Random(SEED);
        List<String> bodies = hostileBodies();
        List<String> ids = hostileIds();
        List<String> methods = List.of("GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS");
        List<String> contentTypes = List.of("application/json", "text/plain", "application/x-www-form-urlencoded",
                "multipart/form-data; boundary=x", "application/json; charset=utf-7", "");
        List<String> tokens = List.of("", "Bearer ", "Bearer " + token, "Bearer " + "A".repeat(5_000), "Basic Zm9vOmJhcg==",
                "Bearer ../../etc", "bearer\t" + token, "Bearer " + token + "x");
        List<String> adminPaths = new ArrayList<>(app.adminRoutes());
        int sent = 0;
        List<String> serverErrors = new ArrayList<>();
        for (int round = 0; round < 700; round++) {
            boolean admin = round % 4 == 3;
            String method;
            String path;
            if (admin) {
                String[] route = adminPaths.get(random.nextInt(adminPaths.size())).split(" ", 2);
                method = random.nextInt(3) == 0 ? methods.get(random.nextInt(methods.size())) : route[0];
                path = route[1];
            } else {
                String[] route = traineeRoutes().get(random.nextInt(traineeRoutes().size()));
                method = random.nextInt(3) == 0 ? methods.get(random.nextInt(methods.size())) : route[0];
                path = route[1];
            }
            String id = random.nextInt(3) == 0 ? sessionId : ids.get(random.nextInt(ids.size()));
            path = path.replace("{id}", id).replace("{token}", "x");
            String query = random.nextInt(4) == 0 ? "?limit=" + List.of("-1", "abc", "1e9", "%00", "99999999999")
                    .get(random.nextInt(5)) + "&difficulty=" + List.of("NONE", "", "EASY").get(random.nextInt(3))
                    + "&token=" + List.of("", "wrong", "%25%25").get(random.nextInt(3)) : "";
            URI uri = admin ? app.adminUri(path + query) : app.uri(path + query);
            HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20));
            String body = bodies.get(random.nextInt(bodies.size()));
            String type = contentTypes.get(random.nextInt(contentTypes.size()));
            if (!type.isEmpty()) {
                request.header("Content-Type", type);
            }
            String auth = tokens.get(random.nextInt(tokens.size()));
            if (!auth.isEmpty()) {
                request.header("Authorization", auth);
            }
            if (admin && random.nextBoolean()) {
                request.header("X-Admin-Token", random.nextBoolean() ? ADMIN_TOKEN : "guess-" + round);
            }
            if (random.nextInt(5) == 0) {
                request.header("X-Forwarded-For", "1.2.3.4, <script>, " + "9".repeat(300));
                request.header("Accept", List.of("text/html", "*/*", "application/xml").get(random.nextInt(3)));
            }
            boolean hasBody = !method.equals("GET") && !method.equals("HEAD");
            request.method(method, hasBody ? HttpRequest.BodyPublishers.ofString(body)
                    : HttpRequest.BodyPublishers.noBody());
            HttpResponse<String> response;
            try {
                response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            } catch (java.io.IOException closedBetweenRequests) {
                // HTTP/1.1 lets a server close a kept-alive connection after an error answer whose body
                // it did not read; the JDK client retries only idempotent requests, so we retry once
                try {
                    response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                } catch (java.io.IOException e) {
                    throw new AssertionError("no answer to " + method + " " + path + " " + type + " body "
                            + body.substring(0, Math.min(40, body.length())), e);
                }
            }
            sent++;
            if (response.statusCode() >= 500) {
                serverErrors.add(method + " " + path + " -> " + response.statusCode() + " " + response.body());
            }
            assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ");
        }
        assertThat(sent).isGreaterThanOrEqualTo(500);
        assertThat(serverErrors).isEmpty();
        assertThat(log.lines()).noneMatch(line -> line.contains("\tat ") || line.contains("Exception"));
        assertThat(app.get("/health", null).status()).isEqualTo(200);
    }

    @Test
    void malformed_http_gets_a_4xx_or_505_and_no_stack_trace() throws Exception {
        String path = app.uri("/api/leaderboard").getRawPath();
        String host = "Host: localhost\r\n";
        List<String> requests = List.of("GARBAGE\r\n\r\n", "GET " + path + "%zz HTTP/1.1\r\n" + host + "\r\n",
                "GET " + path + " HTTP/1.1\r\n" + host + "X-Big: " + "b".repeat(100_000) + "\r\n\r\n",
                "POST " + path.replace("leaderboard", "users") + " HTTP/1.1\r\n" + host
                        + "Transfer-Encoding: chunked\r\nContent-Type: application/json\r\n\r\nzz\r\n{}\r\n0\r\n\r\n",
                "GET " + path + " HTTP/9.9\r\n" + host + "\r\n",
                "POST " + path.replace("leaderboard", "users") + " HTTP/1.1\r\n" + host
                        + "Content-Length: -5\r\n\r\n");
        for (String raw : requests) {
            try (java.net.Socket socket = new java.net.Socket(app.uri("/").getHost(), app.uri("/").getPort())) {
                socket.setSoTimeout(5_000);
                socket.getOutputStream().write(raw.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
                socket.getOutputStream().flush();
                String status = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                        java.nio.charset.StandardCharsets.ISO_8859_1)).readLine();
                assertThat(status).as(raw.substring(0, Math.min(60, raw.length()))).matches("HTTP/1\\.[01] (4\\d\\d|505).*"); // 505: an HTTP version we do not speak
            }
        }
        assertThat(log.lines()).noneMatch(line -> line.contains("\tat ") || line.contains("Exception"));
    }

    @Test
    void json_nested_a_thousand_deep_is_a_400_naming_the_limit() {
        Reply reply = app.post("/api/users", null, "application/json", "[".repeat(1_000) + "]".repeat(1_000));
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.error()).contains("nested more than " + Json.MAX_NESTING_DEPTH);
        Reply object = app.post("/api/sessions/" + sessionId + "/complete", token, "application/json",
                "{\"transcript\":" + "[".repeat(200) + "]".repeat(200) + "}");
        assertThat(object.status()).isEqualTo(400);
    }

    @Test
    void a_mebibyte_body_is_answered_413_before_the_connection_closes() throws Exception {
        String big = "{\"text\":\"" + "a".repeat(1024 * 1024) + "\"}";
        for (String path : List.of("/api/users", "/api/sessions/" + sessionId + "/messages")) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(app.uri(path))
                    .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                    .POST(HttpRequest.BodyPublishers.ofString(big)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(413);
            assertThat(response.body()).contains("256 KiB");
        }
    }

    @Test
    void head_answers_as_get_would_without_a_body_and_options_lists_the_methods() throws Exception {
        for (String path : List.of("/api/leaderboard", "/api/me", "/api/sessions/" + sessionId, "/api/config")) {
            HttpResponse<String> get = http.send(HttpRequest.newBuilder(app.uri(path))
                    .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> head = http.send(HttpRequest.newBuilder(app.uri(path))
                    .header("Authorization", "Bearer " + token).method("HEAD", HttpRequest.BodyPublishers.noBody())
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(head.statusCode()).as(path).isEqualTo(get.statusCode());
            assertThat(head.headers().firstValue("Content-Type")).isEqualTo(get.headers().firstValue("Content-Type"));
            assertThat(head.body()).isEmpty();
        }
        HttpResponse<String> unsigned = http.send(HttpRequest.newBuilder(app.uri("/api/me"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(unsigned.statusCode()).isEqualTo(401);

        HttpResponse<String> options = http.send(HttpRequest.newBuilder(app.uri("/api/sessions/" + sessionId))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(options.statusCode()).isEqualTo(204);
        assertThat(options.headers().firstValue("Allow")).hasValue("GET, HEAD, OPTIONS");
        HttpResponse<String> wrong = http.send(HttpRequest.newBuilder(app.uri("/api/sessions/" + sessionId))
                .DELETE().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(wrong.statusCode()).isEqualTo(405);
        assertThat(wrong.headers().firstValue("Allow")).hasValue("GET, HEAD, OPTIONS");
    }

    @Test
    void no_server_side_http_session_or_its_cookie_is_ever_made() throws Exception {
        for (int i = 0; i < 20; i++) {
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(app.uri("/")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(page.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("JSESSIONID"));
        }
        assertThat(app.sessionCacheTypes()).containsExactly(org.eclipse.jetty.session.NullSessionCache.class);
    }
}
