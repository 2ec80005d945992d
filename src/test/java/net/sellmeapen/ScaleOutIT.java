package net.sellmeapen;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import net.sellmeapen.db.PostgresServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Scaling out as the README describes it: two packaged jars on different ports, one PostgreSQL,
 * and nginx (the project's {@code scripts/nginx.conf}, its upstreams listing both) in front. A
 * trainee registers through nginx, their messages land on both instances, the session completes;
 * the admin lists it all through nginx; two completions of one session sent at once to the two
 * instances have exactly one winner. Needs PostgreSQL and nginx (installed by {@code scripts/test}).
 */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class ScaleOutIT {

    private static final String ADMIN = "scale-out-admin-token-0123456789";

    private static PostgresServer postgres;
    private static final List<RunningJar> jars = new ArrayList<>();
    private static NginxProcess nginx;

    @BeforeAll
    static void start() throws Exception {
        NginxProcess.assumeInstalled();
        postgres = PostgresServer.startForTest();
        String url = postgres.createDatabase("scale_out");
        for (int i = 0; i < 2; i++) {
            jars.add(RunningJar.start(Files.createTempDirectory("scale-out-" + i), Map.of("DATABASE_URL", url,
                    "DATABASE_USER", postgres.user(), "ADMIN_TOKEN", ADMIN, "EVALUATOR", "rubric", "BUYER",
                    "scripted")));
        }
        Path folder = NginxProcess.folder("sellmeapen-scale-out");
        nginx = NginxProcess.start(folder,
                "127.0.0.1:" + jars.get(0).appPort + "; server 127.0.0.1:" + jars.get(1).appPort,
                "127.0.0.1:" + jars.get(0).adminPort + "; server 127.0.0.1:" + jars.get(1).adminPort, ADMIN);
    }

    @AfterAll
    static void stop() throws Exception {
        if (nginx != null) {
            nginx.close();
        }
        for (RunningJar jar : jars) {
            jar.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    private static HttpResponse<String> send(String method, String url, String token, String json) throws Exception {
        return NginxProcess.send(method, url, token, json, Map.of());
    }

    private static HttpResponse<String> admin(String url) throws Exception {
        return NginxProcess.send("GET", url, null, null, Map.of("X-Admin-Token", ADMIN));
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return TestApp.MAPPER.readTree(response.body());
    }

    private static String api() {
        return nginx.base() + "/SellMeAPenExt/api";
    }

    private static long linesFor(RunningJar jar, String path) {
        return jar.output().stream().filter(line -> line.contains(path)).count();
    }

    @Test
    void a_trainee_and_an_admin_work_through_nginx_across_both_instances() throws Exception {
        HttpResponse<String> registered = send("POST", api() + "/users", null,
                "{\"name\":\"Sally Scale\",\"email\":\"sally@example.com\",\"password\":\"a long enough password\"}");
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        String token = json(registered).path("token").asText();
        HttpResponse<String> started = send("POST", api() + "/sessions", token, "{\"difficultyLevel\":\"MEDIUM\"}");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
        String id = json(started).path("session").path("id").asText();
        List<String> lines = List.of("Hi, what do you write with at work?", "Do you sign many contracts?",
                "What happens when a pen smudges on one?", "How often do you lose a pen?",
                "This one is refillable and never smudges.", "Shall I wrap one for you today?");
        for (String line : lines) {
            HttpResponse<String> said = send("POST", api() + "/sessions/" + id + "/messages", token,
                    TestApp.MAPPER.createObjectNode().put("text", line).toString());
            assertThat(said.statusCode()).as(said.body()).isIn(200, 409); // 409: the buyer decided already
        }
        String messages = "/api/sessions/" + id + "/messages";
        assertThat(jars).as("nginx spread the messages over both instances")
                .allSatisfy(jar -> assertThat(linesFor(jar, messages)).isPositive());

        HttpResponse<String> completed = send("POST", api() + "/sessions/" + id + "/complete", token, "{}");
        assertThat(completed.statusCode()).as(completed.body()).isEqualTo(200);
        for (RunningJar jar : jars) { // either instance reads the same record
            JsonNode session = json(send("GET", "http://127.0.0.1:" + jar.appPort + "/SellMeAPenExt/api/sessions/"
                    + id, token, null)).path("session");
            assertThat(session.path("status").asText()).isEqualTo("COMPLETED");
            assertThat(session.path("turns").size()).isGreaterThanOrEqualTo(3);
        }
        HttpResponse<String> signedIn = send("POST", api() + "/auth/sign-in", null,
                "{\"email\":\"sally@example.com\",\"password\":\"a long enough password\"}");
        assertThat(signedIn.statusCode()).isEqualTo(200);

        HttpResponse<String> listed = admin(nginx.base() + "/SellMeAPenExt/admin/api/sessions");
        assertThat(listed.statusCode()).isEqualTo(200);
        assertThat(listed.body()).contains(id).contains("Sally Scale");
        assertThat(send("GET", nginx.base() + "/SellMeAPenExt/admin/api/sessions", null, null).statusCode())
                .isEqualTo(401);
    }

    @Test
    void two_completions_at_once_on_the_two_instances_have_one_winner() throws Exception {
        String token = json(send("POST", api() + "/users", null, "{\"name\":\"Ron Race\"}")).path("token").asText();
        for (int round = 0; round < 5; round++) {
            String id = json(send("POST", api() + "/sessions", token, "{}")).path("session").path("id").asText();
            send("POST", api() + "/sessions/" + id + "/messages", token,
                    "{\"text\":\"What do you write with at work, and what annoys you about it?\"}");
            CountDownLatch go = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                List<Future<Integer>> statuses = new ArrayList<>();
                for (RunningJar jar : jars) {
                    Callable<Integer> complete = () -> {
                        go.await();
                        return send("POST", "http://127.0.0.1:" + jar.appPort + "/SellMeAPenExt/api/sessions/" + id
                                + "/complete", token, "{}").statusCode();
                    };
                    statuses.add(pool.submit(complete));
                }
                go.countDown();
                List<Integer> answers = new ArrayList<>();
                for (Future<Integer> status : statuses) {
                    answers.add(status.get(60, TimeUnit.SECONDS));
                }
                assertThat(answers).as("round " + round).containsExactlyInAnyOrder(200, 409);
            } finally {
                pool.shutdownNow();
            }
        }
    }
}
