package net.sellmeapen.bench;

import java.net.InetSocketAddress;
import org.java_websocket.WebSocket;
import org.java_websocket.exceptions.WebsocketNotConnectedException;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * The benchmark's Realtime endpoint: answers {@code session.update} with {@code session.updated}
 * and sends every appended audio chunk straight back as a {@code response.output_audio.delta}
 * carrying the same base64, so a round trip through the proxy can be timed and checked for order.
 * Lean on purpose (no schema checks, no voice detector): its cost is the same in both columns.
 */
final class EchoRealtimeServer extends WebSocketServer {

    private static final String AUDIO = "\"audio\":\"";

    EchoRealtimeServer() {
        super(new InetSocketAddress("127.0.0.1", 0));
        setReuseAddr(true);
        setDaemon(true);
        setTcpNoDelay(true);
    }

    EchoRealtimeServer begin() throws InterruptedException {
        start();
        for (int i = 0; i < 500 && getPort() == 0; i++) {
            Thread.sleep(10);
        }
        Thread.sleep(100);
        return this;
    }

    String url() {
        return "ws://127.0.0.1:" + getPort() + "/v1/realtime";
    }

    @Override
    public void onMessage(WebSocket connection, String message) {
        int audio = message.indexOf(AUDIO);
        if (message.contains("\"input_audio_buffer.append\"") && audio >= 0) {
            int start = audio + AUDIO.length();
            String base64 = message.substring(start, message.indexOf('"', start));
            send(connection, "{\"type\":\"response.output_audio.delta\",\"event_id\":\"event_echo\",\"response_id\":"
                    + "\"resp_echo\",\"item_id\":\"item_echo\",\"output_index\":0,\"content_index\":0,\"delta\":\""
                    + base64 + "\"}");
        } else if (message.contains("\"session.update\"")) {
            send(connection, "{\"type\":\"session.updated\",\"event_id\":\"event_setup\",\"session\":{}}");
        }
    }

    private static void send(WebSocket connection, String event) {
        try {
            connection.send(event);
        } catch (WebsocketNotConnectedException closed) {
            // the caller hung up while its chunk was on the way
        }
    }

    @Override
    public void onOpen(WebSocket connection, ClientHandshake handshake) {
    }

    @Override
    public void onClose(WebSocket connection, int code, String reason, boolean remote) {
    }

    @Override
    public void onError(WebSocket connection, Exception error) {
    }

    @Override
    public void onStart() {
    }
}
