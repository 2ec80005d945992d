package net.sellmeapen.bench;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import net.sellmeapen.RunningJar;
import net.sellmeapen.TestApp;

/**
 * The project's benchmark (run by {@code scripts/bench}, never by the tests): the packaged jar in its
 * own process with the product's JVM options, measured against a baseline in the same run —
 * start-up with and without the start-up cache; the voice relay's round trip through the proxy
 * beside straight to the same echo endpoint at K = 1, 50, 200 and 1000 callers; the API's
 * requests per second beside {@code /health}. When {@code scripts/bench} could install it, the Node
 * stack of the design card ({@link NodeBaseline}) is measured beside ours on the same relay and API
 * requests. Prints a table and writes {@code target/bench/*.json}.
 */
public final class Benchmark {

    private static final Path OUT = Path.of("target/bench");
    private static final int[] CALLERS = Arrays.stream(System.getProperty("bench.callers", "1,50,200,1000")
            .split(",")).mapToInt(Integer::parseInt).toArray();
    private static final int API_THREADS = 16;
    private static final Duration API_WARM = Duration.ofSeconds(8);
    private static final Duration API_MEASURED = Duration.ofSeconds(5);

    // HTTP/1.1 as nginx speaks it (an h2c upgrade offer would reach Node's upgrade handler)
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final List<String> productOptions;
    private final StringBuilder table = new StringBuilder();

    private Benchmark(List<String> productOptions) {
        this.productOptions = productOptions;
    }

    public static void main(String[] args) throws Exception {
        List<String> options = Arrays.stream(System.getProperty("bench.jvmOptions",
                "--enable-native-access=ALL-UNNAMED").split(" ")).filter(option -> !option.isBlank()).toList();
        String only = System.getProperty("bench.only", "startup,relay,api");
        // the echo endpoint's library logs an error for every socket a relay drops at the end of a run
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("org.java_websocket"))
                .setLevel(ch.qos.logback.classic.Level.OFF);
        Files.createDirectories(OUT);
        Benchmark bench = new Benchmark(options);
        bench.table.append(String.format(Locale.ROOT, "Sell Me A Pen benchmark: %s, %d cores, JVM options %s%n",
                System.getProperty("java.vm.version"), Runtime.getRuntime().availableProcessors(), options));
        if (only.contains("startup")) {
            bench.startup();
        }
        if (only.contains("relay") || only.contains("api")) {
            bench.server(only);
        }
        System.out.print(bench.table);
        Files.writeString(OUT.resolve("table.txt"), bench.table);
        System.exit(0);
    }

    // ---- start-up -------------------------------------------------------------------------------

    private void startup() throws Exception {
        Path dir = Files.createTempDirectory("bench-startup");
        ArrayNode json = TestApp.MAPPER.createArrayNode();
        table.append("\nStart-up to a healthy /health (and /health/ready), median of 3, database already made\n");
        startOnce(dir, List.of("--enable-native-access=ALL-UNNAMED")); // makes the database
        for (List<String> options : List.of(List.of("--enable-native-access=ALL-UNNAMED"), productOptions)) {
            double[] health = new double[3];
            double[] ready = new double[3];
            for (int i = 0; i < 3; i++) {
                double[] times = startOnce(dir, options);
                health[i] = times[0];
                ready[i] = times[1];
            }
            Arrays.sort(health);
            Arrays.sort(ready);
            String label = options.size() == 1 ? "without the start-up cache" : "with the product's options";
            table.append(String.format(Locale.ROOT, "  %-28s /health %6.0f ms   /health/ready %6.0f ms%n", label,
                    health[1], ready[1]));
            json.addObject().put("options", String.join(" ", options)).put("healthMs", health[1])
                    .put("readyMs", ready[1]);
        }
        String node = System.getProperty("bench.node", "");
        if (!node.isBlank()) {
            double[] health = new double[3];
            for (int i = 0; i < 3; i++) {
                long start = System.nanoTime();
                try (NodeBaseline baseline = NodeBaseline.start(Path.of(node), "ws://127.0.0.1:9/")) {
                    health[i] = awaitStatus(baseline.base() + "/health", start);
                }
            }
            Arrays.sort(health);
            table.append(String.format(Locale.ROOT, "  %-28s /health %6.0f ms%n", "Node baseline", health[1]));
            json.addObject().put("options", "node server.js").put("healthMs", health[1]);
        }
        Files.writeString(OUT.resolve("startup.json"), json.toPrettyString());
    }

    private double[] startOnce(Path dir, List<String> options) throws Exception {
        int port = RunningJar.freePort();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(options);
        command.addAll(List.of("-jar", Path.of("target/sellmeapen.jar").toAbsolutePath().toString()));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("APP_PORT", Integer.toString(port));
        builder.environment().put("ADMIN_PORT", Integer.toString(RunningJar.freePort()));
        builder.environment().put("ADMIN_TOKEN", "bench-admin-token-0123456789");
        long start = System.nanoTime();
        Process process = builder.start();
        try {
            String base = "http://127.0.0.1:" + port + "/SellMeAPenExt";
            double health = awaitStatus(base + "/health", start);
            double ready = awaitStatus(base + "/health/ready", start);
            return new double[] {health, ready};
        } finally {
            process.destroy();
            process.waitFor();
        }
    }

    private double awaitStatus(String url, long start) throws InterruptedException {
        long deadline = start + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(url))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return (System.nanoTime() - start) / 1e6;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(5);
        }
        throw new IllegalStateException(url + " never answered 200");
    }

    // ---- one server: relay and API --------------------------------------------------------------

    private void server(String only) throws Exception {
        EchoRealtimeServer echo = new EchoRealtimeServer().begin();
        Path dir = Files.createTempDirectory("bench-server");
        Map<String, String> env = new java.util.HashMap<>(Map.of("OPENAI_API_KEY", "bench-key-not-secret",
                "REALTIME_URL", echo.url(), "VOICE_MAX_SESSIONS", "2000", "VOICE_MAX_MINUTES", "60",
                "BUYER", "scripted", "EVALUATOR", "rubric", "ADMIN_TOKEN", "bench-admin-token-0123456789"));
        // the load comes from one address and a few trainees, far past what one person may do
        for (String limit : List.of("SESSIONS_PER_HOUR", "MESSAGES_PER_MINUTE", "REGISTRATIONS_PER_HOUR")) {
            env.put(limit, "100000"); // the most each may be set to
        }
        env.put("VOICE_MAX_PER_TRAINEE", "10000");
        NodeBaseline node = startNode(echo);
        try (RunningJar jar = RunningJar.start(dir, env, productOptions)) {
            awaitStatus(jar.base() + "/health/ready", System.nanoTime());
            if (node != null) {
                awaitStatus(node.base() + "/health", System.nanoTime());
            }
            Thread.sleep(1_000);
            idle("Sell Me A Pen", jar.pid());
            if (node != null) {
                idle("Node baseline", node.pid());
            }
            if (only.contains("api")) { // first: the relay's last calls would still be closing
                api(jar, node);
                apiOnPostgres(env);
            }
            if (only.contains("relay")) {
                relay(echo, jar, node);
            }
        } finally {
            if (node != null) {
                node.close();
            }
            echo.stop(1_000);
        }
    }

    /** The Node baseline if scripts/bench could install it (bench.node names its folder), else null and why. */
    private NodeBaseline startNode(EchoRealtimeServer echo) throws IOException {
        String folder = System.getProperty("bench.node", "");
        if (folder.isBlank()) {
            table.append("\nNode baseline: not measured (").append(System.getProperty("bench.nodeMissing",
                    "scripts/bench did not install it")).append(")\n");
            return null;
        }
        return NodeBaseline.start(Path.of(folder), echo.url());
    }

    private void idle(String name, long pid) throws IOException {
        ProcStats idle = ProcStats.of(pid);
        table.append(String.format(Locale.ROOT, "%n%s idle: %d threads, RSS %.0f MB", name, idle.threads(),
                idle.rssKib() / 1024.0));
    }

    private void relay(EchoRealtimeServer echo, RunningJar jar, NodeBaseline node) throws Exception {
        RelayBench relay = new RelayBench();
        Trainees ours = new Trainees(jar.base(), jar.appPort, true);
        Trainees baseline = node == null ? null : new Trainees(node.base(), node.port, false);
        ArrayNode json = TestApp.MAPPER.createArrayNode();
        table.append("""


                Voice relay: K callers, 100 ms of audio each way every 100 ms; round trip straight to the echo
                endpoint (direct), through our proxy (proxy) and through the Node ws relay (node); 3 s warm-up + 10 s
                     K  path     sent  lost reord  p50 ms  p99 ms  max ms  added p50/p99 ms  CPU us/rt  cs/rt  threads  RSS MB
                """);
        for (int callers : CALLERS) {
            RelayBench.Result direct = relay.run(callers, echo, null, null, Duration.ofSeconds(3),
                    Duration.ofSeconds(10));
            List<RelayBench.Result> results = new ArrayList<>(List.of(direct));
            results.add(relay.run(callers, echo, new RelayBench.Relay("proxy", jar.pid()), ours::voiceUri,
                    Duration.ofSeconds(3), Duration.ofSeconds(10)));
            Thread.sleep(2_000); // the proxy closes the upstreams of the calls just ended
            if (node != null) {
                results.add(relay.run(callers, echo, new RelayBench.Relay("node", node.pid()), baseline::voiceUri,
                        Duration.ofSeconds(3), Duration.ofSeconds(10)));
                Thread.sleep(2_000);
            }
            for (RelayBench.Result result : results) {
                boolean relayed = result != direct;
                table.append(String.format(Locale.ROOT, "  %4d  %-6s %6d %5d %5d %7.2f %7.2f %7.1f  %16s  %9s %6s %8s %7s%n",
                        callers, result.path(), result.sent(), result.lost(), result.reordered(), result.p50Ms(),
                        result.p99Ms(), result.maxMs(), relayed ? String.format(Locale.ROOT, "%+.2f / %+.2f",
                                result.p50Ms() - direct.p50Ms(), result.p99Ms() - direct.p99Ms()) : "",
                        relayed ? String.format(Locale.ROOT, "%.0f", result.cpuMicrosPerRoundTrip()) : "",
                        relayed ? String.format(Locale.ROOT, "%.1f", result.switchesPerRoundTrip()) : "",
                        relayed ? Integer.toString(result.threads()) : "",
                        relayed ? String.format(Locale.ROOT, "%.0f", result.rssKib() / 1024.0) : ""));
                json.add(TestApp.MAPPER.valueToTree(result));
            }
            Files.writeString(OUT.resolve("relay.json"), json.toPrettyString());
        }
    }

    /**
     * Trainees for the voice callers: one per 20 calls, each with its own voice sessions. Ours hands
     * out a one-use ticket for the socket; the Node baseline only checks that the session exists.
     */
    private final class Trainees {
        private final String base;
        private final int port;
        private final boolean tickets;
        private final Map<Integer, String> tokens = new ConcurrentHashMap<>();

        Trainees(String base, int port, boolean tickets) {
            this.base = base;
            this.port = port;
            this.tickets = tickets;
        }

        URI voiceUri(int trainee) throws Exception {
            String token = tokens.computeIfAbsent(trainee, n -> register(base, "Caller " + n));
            String id = RelayBench.json(post(base + "/api/sessions", token, "{\"mode\":\"VOICE\"}").body())
                    .path("session").path("id").asText();
            String query = "";
            if (tickets) {
                query = "?ticket=" + RelayBench.json(post(base + "/api/sessions/" + id + "/voice-ticket", token, "{}")
                        .body()).path("ticket").asText();
            }
            return URI.create("ws://127.0.0.1:" + port + "/SellMeAPenExt/ws/sessions/" + id + "/voice" + query);
        }
    }

    private String register(String base, String name) {
        try {
            return RelayBench.json(post(base + "/api/users", null, "{\"name\":\"" + name + "\"}").body())
                    .path("token").asText();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> post(String url, String token, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
        }
        return response;
    }

    // ---- API ------------------------------------------------------------------------------------

    private void api(RunningJar jar, NodeBaseline node) throws Exception {
        ArrayNode json = TestApp.MAPPER.createArrayNode();
        table.append(String.format(Locale.ROOT, "%n%nAPI: %d client threads, keep-alive, %d s warm-up + %d s measured;"
                + " ours beside Express 4 + better-sqlite3 (Express), and ours on PostgreSQL (ours-PG, a local cluster"
                + " that flushes every commit)%n"
                + "  request                                  server    req/s    p50 ms   p99 ms  server CPU us/req%n",
                API_THREADS, API_WARM.toSeconds(), API_MEASURED.toSeconds()));
        Map<String, ApiCall> ours = calls(jar.base(), true);
        Map<String, ApiCall> baseline = node == null ? Map.of() : calls(node.base(), false);
        for (Map.Entry<String, ApiCall> call : ours.entrySet()) {
            measure(call.getKey(), "ours", jar.pid(), call.getValue(), json);
            if (baseline.containsKey(call.getKey())) {
                measure(call.getKey(), "Express", node.pid(), baseline.get(call.getKey()), json);
            }
        }
        Files.writeString(OUT.resolve("api.json"), json.toPrettyString());
    }

    /**
     * The same requests on our server with PostgreSQL (a durable local cluster: every commit flushed)
     * in place of SQLite, when PostgreSQL is installed.
     */
    private void apiOnPostgres(Map<String, String> env) throws Exception {
        if (net.sellmeapen.db.PostgresServer.binaries().isEmpty()) {
            table.append("  (PostgreSQL is not installed: not measured on it)\n");
            return;
        }
        ArrayNode json = TestApp.MAPPER.createArrayNode();
        try (net.sellmeapen.db.PostgresServer postgres = net.sellmeapen.db.PostgresServer.start(true)) {
            Map<String, String> pgEnv = new java.util.HashMap<>(env);
            pgEnv.put("DATABASE_URL", postgres.createDatabase("bench"));
            pgEnv.put("DATABASE_USER", postgres.user());
            try (RunningJar jar = RunningJar.start(Files.createTempDirectory("bench-pg"), pgEnv, productOptions)) {
                awaitStatus(jar.base() + "/health/ready", System.nanoTime());
                for (Map.Entry<String, ApiCall> call : calls(jar.base(), true).entrySet()) {
                    measure(call.getKey(), "ours-PG", jar.pid(), call.getValue(), json);
                }
            }
        }
        Files.writeString(OUT.resolve("api-postgresql.json"), json.toPrettyString());
    }

    /** The requests measured against one server; the lifecycle (which scores) only against ours. */
    private Map<String, ApiCall> calls(String base, boolean lifecycle) throws Exception {
        String token = register(base, "Api Bench");
        String id = RelayBench.json(post(base + "/api/sessions", token, "{}").body()).path("session").path("id")
                .asText();
        Map<String, ApiCall> calls = new java.util.LinkedHashMap<>();
        calls.put("GET /health (baseline)", client -> client.send(get(base + "/health", null)));
        calls.put("GET /api/sessions/{id}", client -> client.send(get(base + "/api/sessions/" + id, token)));
        String starter = register(base, "Api Bench Starter"); // each its own trainee: the per-trainee limits
        calls.put("POST /api/sessions", client -> client.send(post(base + "/api/sessions", starter)));
        if (lifecycle) {
            String seller = register(base, "Api Bench Seller");
            post(base + "/api/sessions/" + id + "/messages", token, "{\"text\":\"What do you write with at work?\"}");
            calls.put("lifecycle: start, 2 messages, scorecard", client -> {
                HttpResponse<String> started = client.send(post(base + "/api/sessions", seller));
                String session = RelayBench.json(started.body()).path("session").path("id").asText();
                client.send(message(base, session, seller, "Hi, what do you write with at work?"));
                client.send(message(base, session, seller, "It writes smoothly for two kilometres. Shall I wrap one?"));
                return client.send(complete(base, session, seller));
            });
        }
        return calls;
    }

    private void measure(String request, String server, long pid, ApiCall call, ArrayNode json) throws Exception {
        double[] result = load(pid, call);
        table.append(String.format(Locale.ROOT, "  %-40s %-8s %6.0f  %8.2f %8.2f  %10.0f%n",
                server.startsWith("ours") ? request : "", server, result[0], result[1], result[2], result[3]));
        json.addObject().put("request", request).put("server", server).put("perSecond", result[0])
                .put("p50Ms", result[1]).put("p99Ms", result[2]).put("serverCpuMicrosPerRequest", result[3]);
    }

    private interface ApiCall {
        HttpResponse<String> call(Client client) throws Exception;
    }

    /** One load thread's connection. */
    private static final class Client {
        // HTTP/1.1 as nginx speaks it to the app; one client (one selector thread) for every load
        // thread, so the load generator takes as little of the machine's two cores as it can
        private static final HttpClient SHARED = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .executor(Runnable::run).build();
        private final HttpClient http = SHARED;

        HttpResponse<String> send(HttpRequest request) throws Exception {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new IllegalStateException(request.uri().getPath() + " answered " + response.statusCode());
            }
            return response;
        }
    }

    private static HttpRequest get(String url, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request.build();
    }

    private static HttpRequest post(String url, String token) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build();
    }

    private static HttpRequest message(String base, String session, String token, String text) {
        return HttpRequest.newBuilder(URI.create(base + "/api/sessions/" + session + "/messages"))
                .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"" + text + "\"}")).build();
    }

    private static HttpRequest complete(String base, String session, String token) {
        return HttpRequest.newBuilder(URI.create(base + "/api/sessions/" + session + "/complete"))
                .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.noBody()).build();
    }

    /** Runs the call from every thread; returns calls a second, p50 and p99 in ms, and server CPU µs per call. */
    private double[] load(long pid, ApiCall call) throws Exception {
        long warmEnd = System.nanoTime() + API_WARM.toNanos();
        long end = warmEnd + API_MEASURED.toNanos();
        List<long[]> perThread = new ArrayList<>();
        AtomicInteger failures = new AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        ProcStats[] cpu = new ProcStats[2];
        for (int t = 0; t < API_THREADS; t++) {
            long[] times = new long[200_000];
            perThread.add(times);
            Thread thread = new Thread(() -> {
                Client client = new Client();
                int count = 0;
                while (System.nanoTime() < end) {
                    long start = System.nanoTime();
                    try {
                        call.call(client);
                    } catch (Exception e) {
                        failures.incrementAndGet();
                    }
                    if (start >= warmEnd && count < times.length - 1) {
                        times[++count] = System.nanoTime() - start;
                    }
                }
                times[0] = count;
            });
            threads.add(thread);
            thread.start();
        }
        Thread.sleep(Math.max(0, (warmEnd - System.nanoTime()) / 1_000_000));
        cpu[0] = ProcStats.of(pid);
        Thread.sleep(Math.max(0, (end - System.nanoTime()) / 1_000_000));
        cpu[1] = ProcStats.of(pid);
        for (Thread thread : threads) {
            thread.join();
        }
        if (failures.get() > 0) {
            table.append("  (").append(failures.get()).append(" requests failed)\n");
        }
        long[] all = perThread.stream().flatMapToLong(times -> Arrays.stream(times, 1, (int) times[0] + 1)).sorted()
                .toArray();
        double seconds = API_MEASURED.toNanos() / 1e9;
        return new double[] {all.length / seconds, all.length == 0 ? 0 : all[all.length / 2] / 1e6,
                all.length == 0 ? 0 : all[Math.min(all.length - 1, (int) (all.length * 0.99))] / 1e6,
                all.length == 0 ? 0 : (cpu[1].cpuMicros() - cpu[0].cpuMicros()) / (double) all.length};
    }
}
