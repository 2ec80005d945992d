package net.sellmeapen;

import static net.sellmeapen.NginxProcess.send;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import net.sellmeapen.voice.FakeRealtimeServer;
import net.sellmeapen.voice.VoiceClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The packaged jar behind a real nginx running {@code scripts/nginx.conf} (its placeholders filled
 * with free ports): the page, the REST flow, a voice session, the admin panel and forwarded
 * addresses, all through nginx. Needs Debian's nginx, which {@code scripts/test} installs; without
 * it the test is skipped unless {@code -Dnginx.tests.required=true}.
 */
@Timeout(value = 240, unit = TimeUnit.SECONDS)
class NginxIT {

    private static final String ADMIN = "nginx-admin-token-0123456789";
    private static final Duration WAIT = Duration.ofSeconds(10);

    private static FakeRealtimeServer realtime;
    private static RunningJar jar;
    private static NginxProcess nginx;
    private static int port;

    @BeforeAll
    static void start() throws Exception {
        NginxProcess.assumeInstalled();
        Path folder = NginxProcess.folder("sellmeapen-nginx");
        realtime = new FakeRealtimeServer().begin().traineeSays("Hello, what do you write with every day?")
                .buyerSays("Alright, you have a minute.", "Mostly a cheap biro.");
        jar = RunningJar.start(folder, Map.of("ADMIN_TOKEN", ADMIN, "OPENAI_API_KEY", "sk-test",
                "REALTIME_URL", realtime.url(), "EVALUATOR", "rubric", "BUYER", "scripted"));
        nginx = NginxProcess.start(folder, "127.0.0.1:" + jar.appPort, "127.0.0.1:" + jar.adminPort, ADMIN);
        port = nginx.port;
    }

    @AfterAll
    static void stop() throws Exception {
        if (nginx != null) {
            nginx.close();
        }
        if (jar != null) {
            jar.close();
        }
        if (realtime != null) {
            realtime.stop(1000);
        }
    }

    private static String through() {
        return "http://localhost:" + port;
    }

    private static JsonNode json(HttpResponse<String> response) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 201);
        return TestApp.MAPPER.readTree(response.body());
    }

    @Test
    void the_page_and_its_assets_load_and_the_root_redirects_to_the_prefix() throws Exception {
        HttpResponse<String> root = send("GET", through() + "/", null, null, Map.of());
        assertThat(root.statusCode()).isEqualTo(302);
        assertThat(root.headers().firstValue("Location").orElseThrow()).endsWith("/SellMeAPenExt/");
        HttpResponse<String> page = send("GET", through() + "/SellMeAPenExt/", null, null, Map.of());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<script src=\"app.js\"").contains("Sell Me A Pen");
        for (String asset : List.of("app.js", "account.js", "voice.js", "app.css", "pen.svg")) {
            HttpResponse<String> file = send("GET", through() + "/SellMeAPenExt/" + asset, null, null, Map.of());
            assertThat(file.statusCode()).as(asset).isEqualTo(200);
        }
        assertThat(send("GET", through() + "/SellMeAPenExt/health/ready", null, null, Map.of()).statusCode())
                .isIn(200, 503);
    }

    @Test
    void a_text_session_runs_start_to_scorecard_through_nginx() throws Exception {
        String base = through() + "/SellMeAPenExt";
        String token = json(send("POST", base + "/api/users", null, "{\"name\":\"Nginx Nora\"}", Map.of()))
                .path("token").asText();
        String id = json(send("POST", base + "/api/sessions", token, "{\"difficultyLevel\":\"EASY\"}", Map.of()))
                .path("session").path("id").asText();
        JsonNode reply = json(send("POST", base + "/api/sessions/" + id + "/messages", token,
                "{\"text\":\"What do you do for a living?\"}", Map.of()));
        assertThat(reply.path("reply").path("text").asText()).isNotBlank();
        JsonNode done = json(send("POST", base + "/api/sessions/" + id + "/complete", token, "{}", Map.of()));
        assertThat(done.path("session").path("status").asText()).isEqualTo("COMPLETED");
        HttpResponse<String> tooBig = send("POST", base + "/api/users", null,
                "{\"name\":\"" + "x".repeat(300 * 1024) + "\"}", Map.of());
        assertThat(tooBig.statusCode()).as("nginx keeps the app's body limit").isEqualTo(413);
    }

    @Test
    void a_voice_session_works_end_to_end_through_nginx() throws Exception {
        String base = through() + "/SellMeAPenExt";
        String token = json(send("POST", base + "/api/users", null, "{\"name\":\"Vera Voice\"}", Map.of()))
                .path("token").asText();
        String id = json(send("POST", base + "/api/sessions", token, "{\"mode\":\"VOICE\"}", Map.of()))
                .path("session").path("id").asText();
        String ticket = json(send("POST", base + "/api/sessions/" + id + "/voice-ticket", token, "{}", Map.of()))
                .path("ticket").asText();
        VoiceClient client = VoiceClient.open(URI.create("ws://localhost:" + port + "/SellMeAPenExt/ws/sessions/" + id
                + "/voice?ticket=" + ticket), through());
        try {
            try {
                client.await("app.ready", WAIT);
            } catch (AssertionError e) {
                throw new AssertionError(e.getMessage() + "; closed with " + client.closeCode + "; the jar said:\n"
                        + String.join("\n", jar.output()), e);
            }
            client.await("response.output_audio_transcript.done", WAIT);
            for (int chunk = 0; chunk < 20; chunk++) {
                client.send("{\"type\":\"input_audio_buffer.append\",\"audio\":\"" + pcm(chunk < 12) + "\"}");
            }
            assertThat(client.await("conversation.item.input_audio_transcription.completed", WAIT)
                    .path("transcript").asText()).isEqualTo("Hello, what do you write with every day?");
            assertThat(client.await("response.output_audio.delta", WAIT).path("delta").asText()).isNotEmpty();
            client.await("response.output_audio_transcript.done", WAIT);
        } finally {
            client.closeBlocking();
        }
        assertThat(realtime.audioBytes.get()).as("audio reached the upstream").isGreaterThan(0);
        long deadline = System.nanoTime() + WAIT.toNanos();
        JsonNode turns;
        do {
            turns = json(send("GET", base + "/api/sessions/" + id, token, null, Map.of())).path("session").path("turns");
            Thread.sleep(100);
        } while (turns.size() < 3 && System.nanoTime() < deadline);
        assertThat(turns.findValuesAsText("speaker")).containsExactly("BUYER", "TRAINEE", "BUYER");
    }

    @Test
    void the_admin_works_with_its_token_and_refuses_without_and_metrics_stay_off_the_public_port() throws Exception {
        String admin = through() + "/SellMeAPenExt/admin";
        assertThat(send("GET", admin + "/api/sessions", null, null, Map.of("X-Admin-Token", ADMIN)).statusCode())
                .isEqualTo(200);
        assertThat(send("GET", admin + "/api/sessions", null, null, Map.of()).statusCode()).isEqualTo(401);
        HttpResponse<String> login = send("GET", admin + "/sessions", null, null, Map.of("Accept", "text/html"));
        assertThat(login.statusCode()).isEqualTo(401);
        assertThat(login.body()).contains("admin.css");
        assertThat(send("GET", admin + "/admin.css", null, null, Map.of()).statusCode()).isEqualTo(200);
        assertThat(send("GET", through() + "/SellMeAPenExt/metrics", null, null, Map.of("X-Admin-Token", ADMIN))
                .statusCode()).as("metrics are on the admin port, not behind nginx").isEqualTo(404);
    }

    @Test
    void a_forged_forwarded_address_from_outside_the_proxy_is_not_believed() throws Exception {
        Optional<InetAddress> outside = nonLoopbackAddress();
        Assumptions.assumeTrue(outside.isPresent(), "this machine has no non-loopback IPv4 address to call from");
        String host = outside.get().getHostAddress();
        send("GET", "http://" + host + ":" + jar.appPort + "/SellMeAPenExt/api/difficulty-levels?probe=direct",
                null, null, Map.of("X-Forwarded-For", "203.0.113.66"));
        send("GET", "http://" + host + ":" + port + "/SellMeAPenExt/api/difficulty-levels?probe=proxied",
                null, null, Map.of("X-Forwarded-For", "203.0.113.77"));
        String direct = jar.awaitLine("probe=direct", WAIT);
        String proxied = jar.awaitLine("probe=proxied", WAIT);
        assertThat(direct).endsWith(" " + host).doesNotContain("203.0.113.66");
        assertThat(proxied).as("nginx appends the real peer; the forged hop before it is ignored")
                .endsWith(" " + host).doesNotContain("203.0.113.77");
    }

    private static Optional<InetAddress> nonLoopbackAddress() throws IOException {
        for (NetworkInterface face : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (face.isUp() && !face.isLoopback()) {
                for (InetAddress address : Collections.list(face.getInetAddresses())) {
                    if (address instanceof Inet4Address) {
                        return Optional.of(address);
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** 100 ms of 24 kHz PCM16: a loud tone, or silence. */
    private static String pcm(boolean loud) {
        byte[] bytes = new byte[4800];
        for (int i = 0; loud && i < bytes.length / 2; i++) {
            short sample = (short) (8000 * Math.sin(2 * Math.PI * 440 * i / 24_000));
            bytes[2 * i] = (byte) sample;
            bytes[2 * i + 1] = (byte) (sample >> 8);
        }
        return Base64.getEncoder().encodeToString(bytes);
    }
}
