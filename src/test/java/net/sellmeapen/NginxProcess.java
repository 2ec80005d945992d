package net.sellmeapen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A real nginx running the project's {@code scripts/nginx.conf}, its placeholders filled as the
 * README says (an upstream may list several servers), on a free port in a temporary folder. Needs
 * Debian's nginx, which {@code scripts/test} installs; without it a test is skipped, unless
 * {@code -Dnginx.tests.required=true}.
 */
final class NginxProcess implements AutoCloseable {

    private static final Path NGINX = Path.of("/usr/sbin/nginx");
    private static final Duration START = Duration.ofSeconds(10);
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    final int port;
    final Path folder;
    private final Process process;

    private NginxProcess(int port, Path folder, Process process) {
        this.port = port;
        this.folder = folder;
        this.process = process;
    }

    /** Skips the test where nginx is not installed, or fails when it is required. */
    static void assumeInstalled() {
        boolean present = Files.isExecutable(NGINX);
        if (!present && Boolean.getBoolean("nginx.tests.required")) {
            throw new IllegalStateException("the nginx tests need Debian's nginx: apt-get install nginx"
                    + " (scripts/test does this)");
        }
        Assumptions.assumeTrue(present, "nginx is not installed; skipping the nginx test");
    }

    /** A folder nginx's unprivileged workers can reach (they drop to another user when started as root). */
    static Path folder(String prefix) throws IOException {
        Path folder = Files.createTempDirectory(prefix);
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        return folder;
    }

    /**
     * Starts nginx in front of these upstreams ({@code host:port}, or several as
     * {@code host:port; server host:port}); the rendered file must not contain the secret given.
     */
    static NginxProcess start(Path folder, String appUpstream, String adminUpstream, String secret) throws Exception {
        int port = RunningJar.freePort();
        String config = Files.readString(Path.of("scripts/nginx.conf"))
                .replace("${NGINX_PORT}", Integer.toString(port))
                .replace("${APP_UPSTREAM}", appUpstream)
                .replace("${ADMIN_UPSTREAM}", adminUpstream)
                .replace("${NGINX_RUN_DIR}", folder.toString());
        assertThat(config).doesNotContain("${").doesNotContain(secret);
        Path conf = folder.resolve("nginx.conf");
        Files.writeString(conf, config);
        Process process = new ProcessBuilder(NGINX.toString(), "-c", conf.toString(), "-p", folder.toString(), "-g",
                "daemon off;").redirectErrorStream(true).redirectOutput(folder.resolve("nginx.out").toFile()).start();
        long deadline = System.nanoTime() + START.toNanos();
        while (!listening(port)) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                throw new AssertionError("nginx did not start: " + Files.readString(folder.resolve("nginx.out"))
                        + (Files.exists(folder.resolve("error.log")) ? Files.readString(folder.resolve("error.log"))
                        : ""));
            }
            Thread.sleep(50);
        }
        return new NginxProcess(port, folder, process);
    }

    private static boolean listening(int port) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** The address browsers use. */
    String base() {
        return "http://localhost:" + port;
    }

    /**
     * One request as a browser or script sends it through nginx: a JSON body when given, the
     * trainee's bearer token when given, any other headers; redirects are not followed.
     */
    static HttpResponse<String> send(String method, String url, String token, String json,
            Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        headers.forEach(request::header);
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor(10, TimeUnit.SECONDS);
    }
}
