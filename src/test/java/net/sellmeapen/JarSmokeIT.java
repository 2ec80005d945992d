package net.sellmeapen;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Starts the packaged fat jar with {@code java -jar}, exactly as an operator would. */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class JarSmokeIT {

    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    private static final String JAR = System.getProperty("sellmeapen.jar", "target/sellmeapen.jar");
    private static final String ADMIN_SECRET = "smoke-admin-secret-0123456789";

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void the_jar_starts_quietly_on_defaults_and_serves_a_whole_session(@TempDir Path dir) throws Exception {
        int port = freePort();
        Process process = start(dir, Map.of("APP_PORT", Integer.toString(port),
                "ADMIN_PORT", Integer.toString(freePort()), "ADMIN_TOKEN", ADMIN_SECRET));
        List<String> output = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                output.add(line);
                if (line.contains("is ready")) {
                    break;
                }
            }
            String base = "http://localhost:" + port + "/SellMeAPenExt";
            JsonNode user = post(base + "/api/users", null, "{\"name\":\"Smoke\"}");
            String token = user.path("token").asText();
            JsonNode session = post(base + "/api/sessions", token, "{\"difficultyLevel\":\"HARD\"}");
            String id = session.path("session").path("id").asText();
            String transcript = TestApp.MAPPER.writeValueAsString(
                    Fixtures.text("fixtures/strong/03-student-exam-timing.txt"));
            JsonNode completed = post(base + "/api/sessions/" + id + "/complete", token,
                    "{\"transcript\":" + transcript + "}");
            assertThat(completed.path("evaluation").path("totalScore").asInt()).isPositive();
            assertThat(completed.path("session").path("status").asText()).isEqualTo("COMPLETED");
        } finally {
            process.destroy();
            process.waitFor(10, TimeUnit.SECONDS);
        }
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/jar-startup.txt"), output);
        assertThat(output).anyMatch(line -> line.contains("Sell Me A Pen is ready"));
        assertThat(String.join("\n", output)).doesNotContain("DEBUG").doesNotContain("Exception")
                .doesNotContain(ADMIN_SECRET).doesNotContain("jOOQ");
        assertThat(Files.exists(dir.resolve("data/sellmeapen.db"))).isTrue();
    }

    @Test
    void a_bad_variable_stops_start_up_with_one_line_naming_it(@TempDir Path dir) throws Exception {
        Process process = start(dir, Map.of("APP_PORT", "eighty"));
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(process.exitValue()).isEqualTo(2);
        assertThat(output).isEqualTo("sellmeapen: configuration error: APP_PORT must be a port number from 0 to"
                + " 65535, got 'eighty'");
    }

    private static String finished(Process process) throws Exception {
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }

    @Test
    void migrate_data_moves_a_database_into_an_empty_one_once_and_explains_a_wrong_command(@TempDir Path dir)
            throws Exception {
        String source = "jdbc:sqlite:" + dir.resolve("source.db");
        try (TestApp app = TestApp.start(Map.of("DATABASE_URL", source))) {
            app.playModelPitch(app.register("Moira Mover"), "EASY");
        }
        String target = "jdbc:sqlite:" + dir.resolve("target.db");
        Process moved = start(dir, Map.of(), "migrate-data", "--from", source, "--to", target);
        String output = finished(moved);
        assertThat(moved.exitValue()).as(output).isZero();
        assertThat(output).containsPattern("users +1 rows").containsPattern("training_sessions +1 rows")
                .contains("Done");

        Process again = start(dir, Map.of(), "migrate-data", "--from", source, "--to", target);
        output = finished(again);
        assertThat(again.exitValue()).isEqualTo(1);
        assertThat(output).contains("already holds").contains("nothing was changed").doesNotContain("Exception");

        Process missing = start(dir, Map.of(), "migrate-data", "--from", "jdbc:sqlite:" + dir.resolve("none.db"),
                "--to", target);
        output = finished(missing);
        assertThat(missing.exitValue()).isEqualTo(1);
        assertThat(output).contains("there is no SQLite file");
        assertThat(dir.resolve("none.db")).doesNotExist();

        Process wrong = start(dir, Map.of(), "migrate-data", "--from", source);
        output = finished(wrong);
        assertThat(wrong.exitValue()).isEqualTo(2);
        assertThat(output).contains("usage: java -jar sellmeapen.jar migrate-data --from");
        Process unknown = start(dir, Map.of(), "--frobnicate");
        output = finished(unknown);
        assertThat(unknown.exitValue()).isEqualTo(2);
        assertThat(output).contains("unknown arguments --frobnicate");
    }

    @Test
    void warm_up_plays_one_offline_session_on_free_ports_and_leaves_nothing_behind(@TempDir Path dir)
            throws Exception {
        Process process = start(dir, Map.of("APP_PORT", "1", "OPENAI_API_KEY", "sk-never-used-by-the-warm-up"),
                "--warm-up");
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).contains("warm-up done").doesNotContain("Exception").doesNotContain("sk-never");
        try (var files = Files.list(dir)) {
            assertThat(files.toList()).as("no database or token file in the working folder").isEmpty();
        }
    }

    @Test
    void a_busy_port_stops_start_up_naming_the_port_and_its_variable(@TempDir Path dir) throws Exception {
        try (ServerSocket taken = new ServerSocket(0)) {
            Process process = start(dir, Map.of("APP_PORT", Integer.toString(taken.getLocalPort()),
                    "ADMIN_PORT", Integer.toString(freePort())));
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            assertThat(process.exitValue()).isEqualTo(1);
            assertThat(output).endsWith("sellmeapen: cannot start: port " + taken.getLocalPort() + " (APP_PORT) is"
                    + " already in use: stop the program using it, or set APP_PORT to a free port")
                    .doesNotContain("Exception");
        }
    }

    @Test
    void log_format_json_writes_every_line_as_json_with_the_access_fields(@TempDir Path dir) throws Exception {
        try (RunningJar jar = RunningJar.start(dir, Map.of("LOG_FORMAT", "json", "ADMIN_TOKEN", ADMIN_SECRET))) {
            HttpResponse<String> levels = http.send(HttpRequest.newBuilder(URI.create(jar.base()
                    + "/api/difficulty-levels?ticket=hush")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(levels.statusCode()).isEqualTo(200);
            String access = jar.awaitLine("difficulty-levels", Duration.ofSeconds(10));
            JsonNode line = TestApp.MAPPER.readTree(access);
            assertThat(line.path("level").asText()).isEqualTo("INFO");
            Map<String, String> fields = new java.util.HashMap<>();
            line.path("kvpList").forEach(pair -> pair.fields().forEachRemaining(field ->
                    fields.put(field.getKey(), field.getValue().asText())));
            assertThat(fields).containsEntry("method", "GET").containsEntry("status", "200")
                    .containsEntry("path", "/SellMeAPenExt/api/difficulty-levels?ticket=***")
                    .containsEntry("client", "127.0.0.1").containsKey("ms");
            assertThat(access).doesNotContain("hush");
            for (String each : jar.output()) {
                assertThat(TestApp.MAPPER.readTree(each).isObject()).as(each).isTrue();
            }
            assertThat(String.join("\n", jar.output())).doesNotContain(ADMIN_SECRET);
        }
    }

    @Test
    void sigterm_lets_a_request_in_flight_finish_then_exits_zero(@TempDir Path dir) throws Exception {
        try (net.sellmeapen.llm.FakeOpenAi model = new net.sellmeapen.llm.FakeOpenAi()) {
            model.slow(2_000, "{\"reply\":\"I sell houses, and I sign contracts all day.\",\"decision\":\"none\"}");
            try (RunningJar jar = RunningJar.start(dir, Map.of("OPENAI_API_KEY", "sk-test", "OPENAI_BASE_URL",
                    model.baseUrl(), "BUYER", "llm", "EVALUATOR", "rubric", "ADMIN_TOKEN", ADMIN_SECRET))) {
                String token = post(jar.base() + "/api/users", null, "{\"name\":\"Late Larry\"}").path("token")
                        .asText();
                String id = post(jar.base() + "/api/sessions", token, "{}").path("session").path("id").asText();
                var inFlight = http.sendAsync(HttpRequest.newBuilder(URI.create(jar.base() + "/api/sessions/" + id
                        + "/messages")).timeout(Duration.ofSeconds(20)).header("Content-Type", "application/json")
                        .header("Authorization", "Bearer " + token)
                        .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"What do you do for a living?\"}"))
                        .build(), HttpResponse.BodyHandlers.ofString());
                long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
                while (model.requests.isEmpty() && System.nanoTime() < deadline) {
                    Thread.sleep(20); // the buyer's model call has started: the request is in flight
                }
                assertThat(model.requests).isNotEmpty();
                int exit = jar.terminate(Duration.ofSeconds(20));
                HttpResponse<String> answered = inFlight.get(20, TimeUnit.SECONDS);
                assertThat(answered.statusCode()).as(answered.body()).isEqualTo(200);
                assertThat(answered.body()).contains("I sell houses");
                assertThat(exit).isZero();
                assertThat(jar.output()).anyMatch(line -> line.contains("stopping (SIGTERM)"))
                        .anyMatch(line -> line.contains("Main - stopped"));
            }
        }
    }

    private static Process start(Path dir, Map<String, String> env, String... args) throws IOException {
        List<String> command = new java.util.ArrayList<>(List.of(JAVA, "--enable-native-access=ALL-UNNAMED", "-jar",
                Path.of(JAR).toAbsolutePath().toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectErrorStream(true);
        builder.environment().keySet().removeIf(key -> key.startsWith("OPENAI") || key.equals("ADMIN_TOKEN")
                || key.equals("DATABASE_URL") || key.equals("BASE_PATH") || key.endsWith("_PORT"));
        builder.environment().putAll(env);
        return builder.start();
    }

    private JsonNode post(String url, String token, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 201);
        return TestApp.MAPPER.readTree(response.body());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
