package net.sellmeapen.voice;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import net.sellmeapen.TestApp;
import org.java_websocket.client.WebSocketClient;
import org.java_websocket.handshake.ServerHandshake;

/** The browser's side of the voice WebSocket, as a test sees it: every event it got, in order. */
public final class VoiceClient extends WebSocketClient {

    final BlockingQueue<JsonNode> received = new LinkedBlockingQueue<>();
    final BlockingQueue<Long> receivedAt = new LinkedBlockingQueue<>();
    final CountDownLatch closed = new CountDownLatch(1);
    public volatile int closeCode;

    public VoiceClient(URI uri, Map<String, String> headers) {
        super(uri, headers);
        setTcpNoDelay(true);
    }

    public static VoiceClient open(URI uri, String origin) throws InterruptedException {
        VoiceClient client = new VoiceClient(uri, origin == null ? Map.of() : Map.of("Origin", origin));
        client.connectBlocking(5, TimeUnit.SECONDS);
        return client;
    }

    @Override
    public void onOpen(ServerHandshake handshake) {
    }

    @Override
    public void onMessage(String message) {
        long now = System.nanoTime();
        try {
            received.add(TestApp.MAPPER.readTree(message));
            receivedAt.add(now);
        } catch (Exception e) {
            throw new IllegalStateException("server sent something that is not JSON: " + message, e);
        }
    }

    @Override
    public void onClose(int code, String reason, boolean remote) {
        closeCode = code;
        closed.countDown();
    }

    @Override
    public void onError(Exception ex) {
    }

    /** The next event of this type, skipping others; fails after the timeout. */
    public JsonNode await(String type, Duration timeout) throws InterruptedException {
        return awaitMatching(event -> event.path("type").asText().equals(type), timeout, type);
    }

    public JsonNode awaitMatching(Predicate<JsonNode> test, Duration timeout, String what) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            long left = deadline - System.nanoTime();
            JsonNode event = received.poll(Math.max(0, left), TimeUnit.NANOSECONDS);
            if (event == null) {
                throw new AssertionError("no " + what + " within " + timeout);
            }
            if (test.test(event)) {
                return event;
            }
        }
    }

    public boolean awaitClosed(Duration timeout) throws InterruptedException {
        return closed.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }
}
