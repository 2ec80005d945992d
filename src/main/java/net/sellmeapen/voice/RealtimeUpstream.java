package net.sellmeapen.voice;

import java.net.URI;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.java_websocket.WebSocket;
import org.java_websocket.client.WebSocketClient;
import org.java_websocket.drafts.Draft_6455;
import org.java_websocket.exceptions.WebsocketNotConnectedException;
import org.java_websocket.framing.CloseFrame;
import org.java_websocket.framing.Framedata;
import org.java_websocket.framing.TextFrame;
import org.java_websocket.handshake.ServerHandshake;

/**
 * The server's connection to the Realtime endpoint for one voice session (Java-WebSocket client):
 * TCP no-delay on and a frame-size limit. The library's own dead-connection check costs a thread per
 * connection, so it is off: {@link VoiceGateway} pings every upstream from one shared timer instead
 * ({@link #keepAlive}).
 */
final class RealtimeUpstream extends WebSocketClient {

    /** Largest frame accepted from upstream; audio deltas are a few kilobytes. */
    static final int MAX_FRAME_BYTES = 4 * 1024 * 1024;
    private static final int CONNECT_TIMEOUT_MS = 10_000;
    /** An upstream silent this long (no message, no pong) is dead. */
    static final long CONNECTION_LOST_NANOS = TimeUnit.SECONDS.toNanos(20);

    /** What the voice session hears from upstream, on the client's reader thread. */
    interface Listener {
        void upstreamOpened();

        void upstreamMessage(String text);

        void upstreamClosed(int code, String reason, boolean remote);

        void upstreamFailed(Exception error);
    }

    private final Listener listener;
    private volatile long lastHeard = System.nanoTime();

    RealtimeUpstream(URI uri, String apiKey, Listener listener) {
        super(uri, new Draft_6455(List.of(), MAX_FRAME_BYTES), Map.of("Authorization", "Bearer " + apiKey),
                CONNECT_TIMEOUT_MS);
        this.listener = listener;
        setTcpNoDelay(true);
        setConnectionLostTimeout(0);
        setDaemon(true);
    }

    /** {@code REALTIME_URL?model=…}, keeping any query the URL already has. */
    static URI endpoint(URI realtimeUrl, String model) {
        String separator = realtimeUrl.getQuery() == null ? "?" : "&";
        return URI.create(realtimeUrl + separator + "model=" + java.net.URLEncoder.encode(model,
                java.nio.charset.StandardCharsets.UTF_8));
    }

    /**
     * Sends an event already written as UTF-8 bytes as one masked text frame, without the copy and
     * re-validation {@code send(String)} makes.
     */
    void sendUtf8(byte[] event) {
        TextFrame frame = new TextFrame();
        frame.setPayload(ByteBuffer.wrap(event));
        frame.setFin(true);
        frame.setTransferemasked(true);
        sendFrame(frame);
    }

    /**
     * Called from the shared timer: closes the connection when upstream has been silent (not even a
     * pong) for {@link #CONNECTION_LOST_NANOS}, otherwise pings it.
     */
    void keepAlive(long now) {
        if (!isOpen()) {
            return;
        }
        if (now - lastHeard > CONNECTION_LOST_NANOS) {
            closeConnection(CloseFrame.ABNORMAL_CLOSE, "the voice service stopped answering");
        } else {
            try {
                sendPing();
            } catch (WebsocketNotConnectedException closedMeanwhile) {
                // the close handler reports it
            }
        }
    }

    @Override
    public void onOpen(ServerHandshake handshake) {
        lastHeard = System.nanoTime();
        listener.upstreamOpened();
    }

    @Override
    public void onMessage(String message) {
        lastHeard = System.nanoTime();
        listener.upstreamMessage(message);
    }

    @Override
    public void onWebsocketPong(WebSocket connection, Framedata pong) {
        lastHeard = System.nanoTime();
    }

    @Override
    public void onClose(int code, String reason, boolean remote) {
        listener.upstreamClosed(code, reason, remote);
    }

    @Override
    public void onError(Exception error) {
        listener.upstreamFailed(error);
    }
}
