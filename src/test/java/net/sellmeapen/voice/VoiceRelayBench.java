package net.sellmeapen.voice;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import net.sellmeapen.TestApp;
import org.java_websocket.WebSocket;

/**
 * Measures the voice proxy (run by {@code scripts/bench}, not by the test suite): the time from an
 * audio delta leaving the fake Realtime server to reaching the browser-side client, and the
 * threads one voice session costs.
 */
public final class VoiceRelayBench {

    private static final int DELTAS = 1000;
    private static final int SESSIONS_FOR_THREADS = 10;

    private VoiceRelayBench() {
    }

    public static void main(String[] args) throws Exception {
        FakeRealtimeServer fake = new FakeRealtimeServer().begin();
        TestApp app = TestApp.start(Map.of("OPENAI_API_KEY", "bench-key", "REALTIME_URL", fake.url()));
        try {
            String token = app.register("Bench");
            relayOverhead(app, fake, token);
            threadsPerSession(app, token);
        } finally {
            app.close();
            fake.shutdown();
        }
        System.exit(0);
    }

    private static VoiceClient open(TestApp app, String token) throws Exception {
        String id = app.postJson("/api/sessions", token, Map.of("mode", "VOICE")).json().path("session").path("id")
                .asText();
        String ticket = app.postJson("/api/sessions/" + id + "/voice-ticket", token, Map.of()).json().path("ticket")
                .asText();
        VoiceClient client = VoiceClient.open(app.voiceUri(id, ticket), null);
        client.await("app.ready", Duration.ofSeconds(10));
        client.await("response.done", Duration.ofSeconds(10));
        return client;
    }

    private static void relayOverhead(TestApp app, FakeRealtimeServer fake, String token) throws Exception {
        VoiceClient client = open(app, token);
        client.received.clear();
        client.receivedAt.clear();
        WebSocket upstream = fake.getConnections().iterator().next();
        Map<String, Long> sentAt = new ConcurrentHashMap<>();
        for (int i = 0; i < DELTAS + 100; i++) {
            ObjectNode delta = fake.audioDelta("resp_bench", "item_bench", i);
            String eventId = "bench_" + i;
            delta.put("event_id", eventId);
            String json = delta.toString();
            sentAt.put(eventId, System.nanoTime());
            upstream.send(json);
            Thread.sleep(1); // one at a time, so the figure is the relay's own latency, not a queue's

        }
        List<Long> micros = new ArrayList<>();
        for (int i = 0; i < DELTAS + 100; i++) {
            JsonNode event = client.received.poll(10, TimeUnit.SECONDS);
            Long at = client.receivedAt.poll(10, TimeUnit.SECONDS);
            if (event == null || at == null) {
                throw new IllegalStateException("only " + i + " deltas arrived");
            }
            long sent = sentAt.get(event.path("event_id").asText());
            if (i >= 100) { // the first hundred warm the JIT
                micros.add((at - sent) / 1000);
            }
        }
        long[] sorted = micros.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("voice relay overhead over %d audio deltas of 100 ms (4.8 kB PCM16, base64): median %d µs,"
                        + " p90 %d µs, p99 %d µs, max %d µs%n", sorted.length, sorted[sorted.length / 2],
                sorted[sorted.length * 9 / 10], sorted[sorted.length * 99 / 100], sorted[sorted.length - 1]);
        client.closeBlocking();
    }

    private static void threadsPerSession(TestApp app, String token) throws Exception {
        Thread.sleep(1000);
        var threads = ManagementFactory.getThreadMXBean();
        int before = threads.getThreadCount();
        List<VoiceClient> clients = new ArrayList<>();
        for (int i = 0; i < SESSIONS_FOR_THREADS; i++) {
            clients.add(open(app, token));
        }
        int during = threads.getThreadCount();
        for (VoiceClient client : clients) {
            client.closeBlocking();
        }
        Thread.sleep(2000);
        int after = threads.getThreadCount();
        // each open session here also has a test-side browser client (Java-WebSocket, 3 threads)
        System.out.printf("threads: %d before, %d with %d voice sessions open (%.1f per session including the"
                        + " test's own browser-side client), %d after closing them%n", before, during,
                SESSIONS_FOR_THREADS, (during - before) / (double) SESSIONS_FOR_THREADS, after);
        System.out.println("thread names while open: " + Arrays.toString(Thread.getAllStackTraces().keySet().stream()
                .map(Thread::getName).map(n -> n.replaceAll("\\d+", "N")).distinct().sorted().toArray()));
    }
}
