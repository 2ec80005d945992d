package net.sellmeapen;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import net.sellmeapen.security.RandomTokens;
import net.sellmeapen.web.Json;

/**
 * {@code java -jar sellmeapen.jar --warm-up}: starts the product offline on free ports with a
 * throw-away database, plays one short session through its own HTTP API (page, sign-up, messages,
 * scorecard, admin), and stops. Run under {@code -XX:AOTCacheOutput} it records the classes and
 * method profiles a real start needs, so later starts skip that work ({@code scripts/run} and the
 * Docker image do this once).
 */
final class WarmUp {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final ObjectMapper MAPPER = Json.newMapper();
    private static final List<String> LINES = List.of("Hi, what do you usually write with at work?",
            "What bothers you about the pens you use now?",
            "This one writes smoothly for two kilometres, so it would last you a whole term of marking.",
            "Would you like to take one today?");

    private WarmUp() {
    }

    /** Runs the warm-up; returns the process exit code (0 when every step answered as expected). */
    static int run() throws IOException, InterruptedException {
        Path folder = Files.createTempDirectory("sellmeapen-warm-up");
        String adminToken = RandomTokens.newSecret();
        Map<String, String> env = new HashMap<>();
        env.put("APP_PORT", "0");
        env.put("ADMIN_PORT", "0");
        env.put("DATABASE_URL", "jdbc:sqlite:" + folder.resolve("warm-up.db"));
        env.put("ADMIN_TOKEN", adminToken);
        Application application = Application.start(Config.fromEnvironment(env), Clock.systemUTC());
        try {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            String base = application.traineeUri().toString();
            expect(http, get(base + "/"), 200);
            expect(http, get(base + "/app.js"), 200);
            awaitReady(http, base + "/health/ready");
            String token = MAPPER.readTree(expect(http, post(base + "/api/users", null,
                    "{\"name\":\"Warm Up\"}"), 201)).path("token").asText();
            String id = MAPPER.readTree(expect(http, post(base + "/api/sessions", token,
                    "{\"difficultyLevel\":\"MEDIUM\"}"), 201))
                    .path("session").path("id").asText();
            for (String line : LINES) {
                String reply = expect(http, post(base + "/api/sessions/" + id + "/messages", token,
                        MAPPER.createObjectNode().put("text", line).toString()), 200);
                if (MAPPER.readTree(reply).path("buyerDecided").asBoolean()) {
                    break;
                }
            }
            expect(http, post(base + "/api/sessions/" + id + "/complete", token, ""), 200);
            expect(http, HttpRequest.newBuilder(URI.create(base + "/api/sessions/" + id))
                    .header("Authorization", "Bearer " + token).timeout(WAIT).GET().build(), 200);
            expect(http, HttpRequest.newBuilder(URI.create(application.adminUri() + "/admin/api/sessions"))
                    .header("X-Admin-Token", adminToken).timeout(WAIT).GET().build(), 200);
            return 0;
        } finally {
            application.close();
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    private static HttpRequest get(String uri) {
        return HttpRequest.newBuilder(URI.create(uri)).timeout(WAIT).GET().build();
    }

    private static HttpRequest post(String uri, String token, String json) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(uri)).timeout(WAIT)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder.build();
    }

    private static String expect(HttpClient http, HttpRequest request, int status)
            throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != status) {
            throw new IllegalStateException(request.method() + " " + request.uri().getPath() + " answered "
                    + response.statusCode() + " (expected " + status + ")");
        }
        return response.body();
    }

    private static void awaitReady(HttpClient http, String uri) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (http.send(get(uri), HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
                return;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("not ready within " + WAIT.toSeconds() + " s");
    }
}
