package net.sellmeapen.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * K simulated callers, each sending 100 ms of PCM16 audio every 100 ms (real time) and hearing it
 * echoed back: straight to the echo endpoint (the floor), through our voice proxy and through the
 * Node baseline's relay.
 * Each chunk carries a sequence number in its first bytes, so every echo is timed and checked for
 * loss and order. Each relay runs in its own process, whose CPU time, threads, memory and context
 * switches are read from /proc while the calls are open.
 */
final class RelayBench {

    private static final int CHUNK_BYTES = 4_800; // 100 ms at 24 kHz mono PCM16
    private static final String DELTA = "\"delta\":\"";
    /** The sequence number's bytes at the start of a chunk: 12 bytes are exactly 16 base64 characters. */
    private static final int HEAD_BYTES = 12;
    private static final String APPEND_HEAD = "{\"type\":\"input_audio_buffer.append\",\"audio\":\"";
    private static final String SILENCE_TAIL = Base64.getEncoder().encodeToString(new byte[CHUNK_BYTES - HEAD_BYTES])
            + "\"}";
    /** Characters of an event kept to read it: enough for its type and the delta's first characters. */
    private static final int KEPT_CHARS = 400;

    /** One run's figures. */
    record Result(int callers, String path, long sent, long received, long lost, long reordered, long skipped,
            double p50Ms, double p99Ms, double maxMs, double cpuMicrosPerRoundTrip, double switchesPerRoundTrip,
            int threads, long rssKib) {
    }

    private final HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(2, daemon()))
            .build();
    private final ScheduledExecutorService pacer = Executors.newScheduledThreadPool(2, daemon());

    private static java.util.concurrent.ThreadFactory daemon() {
        return runnable -> {
            Thread thread = new Thread(runnable, "bench-client");
            thread.setDaemon(true);
            return thread;
        };
    }

    /** A relay in its own process, measured through /proc: ours, or the Node baseline. */
    record Relay(String path, long pid) {
    }

    /** Runs K callers for warm-up plus measured seconds, through a relay (not null) or straight to the echo. */
    Result run(int callers, EchoRealtimeServer echo, Relay relay, BenchApi api, Duration warm, Duration measured)
            throws Exception {
        List<Caller> all = new ArrayList<>();
        int capacity = (int) ((warm.toMillis() + measured.toMillis()) / 100 + 100);
        for (int i = 0; i < callers; i++) {
            URI uri = relay == null ? URI.create(echo.url()) : api.voiceUri(i / 20);
            Caller caller = new Caller(relay != null, capacity);
            caller.socket = http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(20)).buildAsync(uri, caller)
                    .get(30, TimeUnit.SECONDS);
            if (relay != null && !caller.ready.await(20, TimeUnit.SECONDS)) {
                throw new IllegalStateException("caller " + i + " never got app.ready");
            }
            all.add(caller);
        }
        List<ScheduledFuture<?>> pacing = new ArrayList<>();
        for (Caller caller : all) {
            pacing.add(pacer.scheduleAtFixedRate(caller::sendNext, ThreadLocalRandom.current().nextInt(100), 100,
                    TimeUnit.MILLISECONDS));
        }
        Thread.sleep(warm.toMillis());
        all.forEach(Caller::startMeasuring);
        ProcStats before = relay == null ? null : ProcStats.of(relay.pid());
        Thread.sleep(measured.toMillis());
        ProcStats after = relay == null ? null : ProcStats.of(relay.pid());
        all.forEach(Caller::stopMeasuring);
        pacing.forEach(future -> future.cancel(false));
        Thread.sleep(2_000); // the last echoes arrive; what has not by now is lost
        long sent = 0;
        long received = 0;
        long reordered = 0;
        long skipped = 0;
        List<long[]> latencies = new ArrayList<>();
        long measuredRoundTrips = 0;
        for (Caller caller : all) {
            sent += caller.sent.get();
            received += caller.received.get();
            reordered += caller.reordered.get();
            skipped += caller.skipped.get();
            latencies.add(Arrays.copyOf(caller.latencies, caller.measured));
            measuredRoundTrips += caller.measured;
            caller.socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
        }
        long[] times = latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        Thread.sleep(1_000);
        double cpu = after == null || measuredRoundTrips == 0 ? 0
                : (after.cpuMicros() - before.cpuMicros()) / (double) measuredRoundTrips;
        double switches = after == null || measuredRoundTrips == 0 ? 0
                : (after.contextSwitches() - before.contextSwitches()) / (double) measuredRoundTrips;
        return new Result(callers, relay == null ? "direct" : relay.path(), sent, received, sent - received, reordered,
                skipped, percentile(times, 50), percentile(times, 99), percentile(times, 100), cpu, switches,
                after == null ? 0 : after.threads(), after == null ? 0 : after.rssKib());
    }

    private static double percentile(long[] sortedNanos, int percent) {
        if (sortedNanos.length == 0) {
            return Double.NaN;
        }
        int index = Math.min(sortedNanos.length - 1, (int) Math.ceil(sortedNanos.length * percent / 100.0) - 1);
        return sortedNanos[Math.max(0, index)] / 1e6;
    }

    /** One simulated caller: paced sends, echoes timed by sequence number. */
    private static final class Caller implements WebSocket.Listener {
        private final boolean proxy;
        private final long[] sentAt;
        private final long[] latencies;
        private final CountDownLatch ready = new CountDownLatch(1);
        private final AtomicLong sent = new AtomicLong();
        private final AtomicLong received = new AtomicLong();
        private final AtomicLong reordered = new AtomicLong();
        private final AtomicLong skipped = new AtomicLong();
        private final StringBuilder partial = new StringBuilder();
        private volatile boolean measuring;
        private volatile int measured;
        private long expected;
        private long seq;
        private CompletableFuture<WebSocket> inFlight = CompletableFuture.completedFuture(null);
        private WebSocket socket;

        Caller(boolean proxy, int capacity) {
            this.proxy = proxy;
            this.sentAt = new long[capacity];
            this.latencies = new long[capacity];
        }

        synchronized void sendNext() {
            if (!inFlight.isDone() || seq >= sentAt.length) {
                skipped.incrementAndGet(); // the previous chunk has not left yet: this caller's share is saturated
                return;
            }
            byte[] head = new byte[HEAD_BYTES];
            ByteBuffer.wrap(head).putLong(seq);
            sentAt[(int) seq] = System.nanoTime();
            seq++;
            sent.incrementAndGet();
            if (proxy) {
                byte[] pcm = new byte[CHUNK_BYTES];
                System.arraycopy(head, 0, pcm, 0, HEAD_BYTES);
                inFlight = socket.sendBinary(ByteBuffer.wrap(pcm), true);
            } else { // the rest of the chunk is silence, whose base64 is the same every time
                inFlight = socket.sendText(APPEND_HEAD + Base64.getEncoder().encodeToString(head) + SILENCE_TAIL, true);
            }
        }

        void startMeasuring() {
            measuring = true;
        }

        void stopMeasuring() {
            measuring = false;
        }

        @Override
        public void onOpen(WebSocket webSocket) {
            webSocket.request(1);
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            long now = System.nanoTime();
            if (partial.length() < KEPT_CHARS) { // the rest is audio: not copied
                partial.append(data, 0, Math.min(data.length(), KEPT_CHARS - partial.length()));
            }
            if (last) {
                heard(partial.toString(), now);
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        private void heard(String event, long now) {
            int delta = event.indexOf(DELTA);
            if (delta < 0) {
                if (event.contains("\"app.ready\"")) {
                    ready.countDown();
                }
                return;
            }
            int start = delta + DELTA.length();
            long number = ByteBuffer.wrap(Base64.getDecoder().decode(event.substring(start, start + 16))).getLong();
            received.incrementAndGet();
            if (number < expected) {
                reordered.incrementAndGet(); // an earlier chunk arriving after a later one
            } else {
                expected = number + 1;
            }
            if (measuring && measured < latencies.length && number < sentAt.length) {
                latencies[measured++] = now - sentAt[(int) number];
            }
        }
    }

    /** The product's API as the bench uses it: trainees, voice sessions and tickets. */
    interface BenchApi {
        URI voiceUri(int trainee) throws Exception;
    }

    static JsonNode json(String body) throws Exception {
        return net.sellmeapen.TestApp.MAPPER.readTree(body.getBytes(StandardCharsets.UTF_8));
    }
}
