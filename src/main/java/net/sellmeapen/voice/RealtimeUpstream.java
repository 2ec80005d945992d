package net.sellmeapen.voice;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.java_websocket.client.WebSocketClient;
import org.java_websocket.drafts.Draft_6455;
import org.java_websocket.handshake.ServerHandshake;

/**
 * The server's connection to the Realtime endpoint for one voice session (Java-WebSocket client):
 * TCP no-delay on, a frame-size limit, and a ping-based check that notices a dead connection.
 */
final class RealtimeUpstream extends WebSocketClient {

    /** Largest frame accepted from upstream; audio deltas are a few kilobytes. */
    static final int MAX_FRAME_BYTES = 4 * 1024 * 1024;
    private static final int CONNECT_TIMEOUT_MS = 10_000;
    private static final int CONNECTION_LOST_SECONDS = 20;

    /** What the voice session hears from upstream, on the client's reader thread. */
    interface Listener {
        void upstreamOpened();

        void upstreamMessage(String text);

        void upstreamClosed(int code, String reason, boolean remote);

        void upstreamFailed(Exception error);
    }

    private final Listener listener;

    RealtimeUpstream(URI uri, String apiKey, Listener listener) {
        super(uri, new Draft_6455(List.of(), MAX_FRAME_BYTES), Map.of("Authorization", "Bearer " + apiKey),
                CONNECT_TIMEOUT_MS);
        this.listener = listener;
        setTcpNoDelay(true);
        setConnectionLostTimeout(CONNECTION_LOST_SECONDS);
        setDaemon(true);
    }

    /** {@code REALTIME_URL?model=…}, keeping any query the URL already has. */
    static URI endpoint(URI realtimeUrl, String model) {
        String separator = realtimeUrl.getQuery() == null ? "?" : "&";
        return URI.create(realtimeUrl + separator + "model=" + java.net.URLEncoder.encode(model,
                java.nio.charset.StandardCharsets.UTF_8));
    }

    @Override
    public void onOpen(ServerHandshake handshake) {
        listener.upstreamOpened();
    }

    @Override
    public void onMessage(String message) {
        listener.upstreamMessage(message);
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
