package net.sellmeapen.voice;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import net.sellmeapen.OpenAiSchemas;
import net.sellmeapen.TestApp;
import org.java_websocket.WebSocket;
import org.java_websocket.exceptions.WebsocketNotConnectedException;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * A stand-in for the OpenAI Realtime API (GA events) on a local port: it checks the session.update
 * it gets, hears appended PCM16 audio through a simple voice detector, transcribes each spoken turn
 * from a script, answers as the buyer with audio deltas and a transcript, can call the decision
 * tool, and misbehaves on demand. Every event it emits is checked against OpenAI's schema.
 */
public final class FakeRealtimeServer extends WebSocketServer {

    /** How the fake behaves once a client connects. */
    public enum Behaviour { NORMAL, STALL, DROP_AFTER_FIRST_RESPONSE, ERROR_AFTER_SETUP, LATE_TRANSCRIPTS }

    private static final int SAMPLE_RATE = 24_000;
    private static final double SPEECH_RMS = 300;

    public final List<String> clientEvents = new CopyOnWriteArrayList<>();
    public final List<String> schemaProblems = new CopyOnWriteArrayList<>();
    public final List<String> sessionUpdates = new CopyOnWriteArrayList<>();
    public final AtomicLong audioBytes = new AtomicLong();
    public final AtomicLong loudChunks = new AtomicLong();
    public final AtomicLong firstAudioNanos = new AtomicLong();
    public final AtomicLong lastAudioNanos = new AtomicLong();
    public final AtomicInteger connections = new AtomicInteger();
    public final List<String> authorizations = new CopyOnWriteArrayList<>();
    public final List<String> paths = new CopyOnWriteArrayList<>();
    public final List<String> functionOutputs = new CopyOnWriteArrayList<>();

    private final Deque<String> traineeScript = new ArrayDeque<>();
    private final Deque<String> buyerScript = new ArrayDeque<>();
    private volatile Behaviour behaviour = Behaviour.NORMAL;
    private volatile String decisionAfterTurn;
    private volatile int deltasPerResponse = 4;
    private final AtomicInteger ids = new AtomicInteger();

    // voice detector state, per fake (one client at a time in these tests)
    private boolean speaking;
    private String speechItem;
    private int speechMs;
    private int silenceMs;
    private int heardTurns;

    public FakeRealtimeServer() {
        super(new InetSocketAddress("127.0.0.1", 0));
        setReuseAddr(true);
        setDaemon(true);
        setTcpNoDelay(true); // as a real Realtime endpoint would; Java-WebSocket's default is off
    }

    /** Starts and waits until the port is bound. */
    public FakeRealtimeServer begin() {
        start();
        long deadline = System.currentTimeMillis() + 5000;
        while (getPort() == 0 && System.currentTimeMillis() < deadline) {
            Thread.onSpinWait();
        }
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return this;
    }

    public String url() {
        return "ws://127.0.0.1:" + getPort() + "/v1/realtime";
    }

    public FakeRealtimeServer behave(Behaviour newBehaviour) {
        this.behaviour = newBehaviour;
        return this;
    }

    /** What the "speech recogniser" hears for each spoken turn, in order. */
    public FakeRealtimeServer traineeSays(String... lines) {
        traineeScript.addAll(List.of(lines));
        return this;
    }

    /** What the buyer answers to each response, in order (the first is the opening). */
    public FakeRealtimeServer buyerSays(String... lines) {
        buyerScript.addAll(List.of(lines));
        return this;
    }

    /** After hearing this many trainee turns, the buyer calls the decision tool with this decision. */
    public FakeRealtimeServer decideAfter(int turns, String decision) {
        this.decisionAfterTurn = turns + ":" + decision;
        return this;
    }

    public FakeRealtimeServer deltasPerResponse(int count) {
        this.deltasPerResponse = count;
        return this;
    }

    @Override
    public void onOpen(WebSocket conn, ClientHandshake handshake) {
        connections.incrementAndGet();
        authorizations.add(handshake.getFieldValue("Authorization"));
        paths.add(handshake.getResourceDescriptor());
        if (behaviour == Behaviour.STALL) {
            return;
        }
        ObjectNode session = TestApp.MAPPER.createObjectNode().put("type", "realtime").put("id", "sess_fake")
                .put("object", "realtime.session");
        emit(conn, event("session.created").set("session", session));
    }

    @Override
    public void onMessage(WebSocket conn, String message) {
        clientEvents.add(message);
        List<String> problems = OpenAiSchemas.errors(OpenAiSchemas.REALTIME_CLIENT_EVENT, message);
        if (!problems.isEmpty()) {
            schemaProblems.add("client event " + message.substring(0, Math.min(80, message.length())) + ": "
                    + problems);
        }
        if (behaviour == Behaviour.STALL) {
            return;
        }
        JsonNode event;
        try {
            event = TestApp.MAPPER.readTree(message);
        } catch (Exception e) {
            return;
        }
        switch (event.path("type").asText()) {
            case "session.update" -> {
                sessionUpdates.add(message);
                ObjectNode session = TestApp.MAPPER.createObjectNode().put("type", "realtime").put("id", "sess_fake")
                        .put("object", "realtime.session");
                emit(conn, event("session.updated").set("session", session));
                if (behaviour == Behaviour.ERROR_AFTER_SETUP) {
                    ObjectNode error = event("error");
                    error.putObject("error").put("type", "server_error").put("message", "The model is overloaded.");
                    emit(conn, error);
                }
            }
            case "response.create" -> respond(conn);
            case "input_audio_buffer.append" -> hear(conn, event.path("audio").asText(""));
            case "input_audio_buffer.commit" -> finishTurn(conn);
            case "conversation.item.create" -> {
                if (event.path("item").path("type").asText().equals("function_call_output")) {
                    functionOutputs.add(event.path("item").path("output").asText());
                }
            }
            default -> {
                // response.cancel, conversation.item.truncate, clear: nothing to simulate
            }
        }
    }

    private synchronized void hear(WebSocket conn, String base64) {
        byte[] pcm = Base64.getDecoder().decode(base64);
        long now = System.nanoTime();
        firstAudioNanos.compareAndSet(0, now);
        lastAudioNanos.set(now);
        audioBytes.addAndGet(pcm.length);
        ByteBuffer samples = ByteBuffer.wrap(pcm).order(ByteOrder.LITTLE_ENDIAN);
        double sum = 0;
        int count = pcm.length / 2;
        for (int i = 0; i < count; i++) {
            double s = samples.getShort();
            sum += s * s;
        }
        double rms = count == 0 ? 0 : Math.sqrt(sum / count);
        int ms = count * 1000 / SAMPLE_RATE;
        boolean loud = rms > SPEECH_RMS;
        if (loud) {
            loudChunks.incrementAndGet();
        }
        if (!speaking && loud) {
            speaking = true;
            speechItem = "item_in_" + ids.incrementAndGet();
            speechMs = 0;
            silenceMs = 0;
            emit(conn, event("input_audio_buffer.speech_started").put("audio_start_ms", 0).put("item_id", speechItem));
        } else if (speaking) {
            speechMs += ms;
            silenceMs = loud ? 0 : silenceMs + ms;
            if (silenceMs >= 400 || speechMs >= 2500) {
                finishTurn(conn);
            }
        }
    }

    private synchronized void finishTurn(WebSocket conn) {
        String item = speechItem != null ? speechItem : "item_in_" + ids.incrementAndGet();
        if (speaking) {
            emit(conn, event("input_audio_buffer.speech_stopped").put("audio_end_ms", speechMs).put("item_id", item));
        }
        speaking = false;
        speechItem = null;
        emit(conn, event("input_audio_buffer.committed").put("item_id", item));
        String said = traineeScript.isEmpty() ? "Tell me about your day." : traineeScript.poll();
        ObjectNode done = event("conversation.item.input_audio_transcription.completed").put("item_id", item)
                .put("content_index", 0).put("transcript", said);
        done.putObject("usage").put("type", "duration").put("seconds", 1.5);
        heardTurns++;
        if (behaviour == Behaviour.LATE_TRANSCRIPTS) {
            // transcription is asynchronous upstream: the buyer may answer before it is done
            respond(conn);
            emit(conn, done);
            return;
        }
        emit(conn, done);
        String decision = decisionAfterTurn;
        if (decision != null && decision.startsWith(heardTurns + ":")) {
            callDecision(conn, decision.substring(decision.indexOf(':') + 1));
        } else {
            respond(conn);
        }
    }

    private void callDecision(WebSocket conn, String decision) {
        String response = "resp_" + ids.incrementAndGet();
        emit(conn, event("response.function_call_arguments.done").put("response_id", response)
                .put("item_id", "item_fc_" + ids.incrementAndGet()).put("output_index", 0).put("call_id", "call_1")
                .put("name", "record_decision")
                .put("arguments", "{\"decision\":\"" + decision + "\",\"reason\":\"They answered my concerns.\"}"));
    }

    /** A whole buyer response: created, audio deltas, transcript, done. */
    private synchronized void respond(WebSocket conn) {
        String response = "resp_" + ids.incrementAndGet();
        String item = "item_out_" + ids.incrementAndGet();
        String line = buyerScript.isEmpty() ? "Alright. Sell me this pen." : buyerScript.poll();
        emit(conn, event("response.created").set("response", responseObject(response, "in_progress")));
        for (int i = 0; i < deltasPerResponse; i++) {
            emit(conn, audioDelta(response, item, i));
        }
        emit(conn, event("response.output_audio_transcript.delta").put("response_id", response).put("item_id", item)
                .put("output_index", 0).put("content_index", 0).put("delta", line));
        emit(conn, event("response.output_audio.done").put("response_id", response).put("item_id", item)
                .put("output_index", 0).put("content_index", 0));
        emit(conn, event("response.output_audio_transcript.done").put("response_id", response).put("item_id", item)
                .put("output_index", 0).put("content_index", 0).put("transcript", line));
        emit(conn, event("response.done").set("response", responseObject(response, "completed")));
        if (behaviour == Behaviour.DROP_AFTER_FIRST_RESPONSE) {
            // drop the TCP connection once what was sent has gone out, like a network failure mid-call
            Thread dropper = new Thread(() -> {
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                conn.closeConnection(1006, "dropped");
            });
            dropper.setDaemon(true);
            dropper.start();
        }
    }

    /** 100 ms of a 440 Hz tone as a base64 PCM16 delta, stamped with when it left. */
    ObjectNode audioDelta(String response, String item, int index) {
        short[] tone = new short[SAMPLE_RATE / 10];
        for (int i = 0; i < tone.length; i++) {
            tone[i] = (short) (8000 * Math.sin(2 * Math.PI * 440 * (index * tone.length + i) / SAMPLE_RATE));
        }
        ByteBuffer bytes = ByteBuffer.allocate(tone.length * 2).order(ByteOrder.LITTLE_ENDIAN);
        for (short s : tone) {
            bytes.putShort(s);
        }
        return event("response.output_audio.delta").put("response_id", response).put("item_id", item)
                .put("output_index", 0).put("content_index", 0)
                .put("delta", Base64.getEncoder().encodeToString(bytes.array()));
    }

    private ObjectNode responseObject(String id, String status) {
        return TestApp.MAPPER.createObjectNode().put("id", id).put("object", "realtime.response").put("status", status);
    }

    private ObjectNode event(String type) {
        return TestApp.MAPPER.createObjectNode().put("event_id", "event_" + ids.incrementAndGet()).put("type", type);
    }

    /** Sends an event after checking it against OpenAI's server-event schema. */
    void emit(WebSocket conn, ObjectNode event) {
        String json = event.toString();
        List<String> problems = OpenAiSchemas.errors(OpenAiSchemas.REALTIME_SERVER_EVENT, json);
        if (!problems.isEmpty()) {
            schemaProblems.add("server event " + event.path("type").asText() + ": " + problems);
        }
        try {
            conn.send(json);
        } catch (WebsocketNotConnectedException closedMeanwhile) {
            // the client left while we were answering, as failure tests make it do
        }
    }

    /**
     * Floods every client with buyer audio deltas (the first checked against the schema, the rest the
     * same text), on a thread of its own, until {@code count} are sent or the client is gone.
     */
    public Thread flood(int count) {
        List<WebSocket> targets = List.copyOf(getConnections());
        ObjectNode delta = audioDelta("resp_flood", "item_flood", 0);
        List<String> problems = OpenAiSchemas.errors(OpenAiSchemas.REALTIME_SERVER_EVENT, delta.toString());
        if (!problems.isEmpty()) {
            schemaProblems.add("flood delta: " + problems);
        }
        String json = delta.toString();
        Thread flooder = new Thread(() -> {
            for (int i = 0; i < count; i++) {
                for (WebSocket conn : targets) {
                    if (!conn.isOpen()) {
                        return;
                    }
                    try {
                        conn.send(json);
                    } catch (WebsocketNotConnectedException gone) {
                        return;
                    }
                }
            }
        }, "fake-realtime-flood");
        flooder.setDaemon(true);
        flooder.start();
        return flooder;
    }

    /** A trainee transcript of any length, as if the recogniser heard it. */
    public void transcript(String text) {
        String item = "item_in_" + ids.incrementAndGet();
        for (WebSocket conn : getConnections()) {
            emit(conn, event("input_audio_buffer.committed").put("item_id", item));
            ObjectNode done = event("conversation.item.input_audio_transcription.completed").put("item_id", item)
                    .put("content_index", 0).put("transcript", text);
            done.putObject("usage").put("type", "duration").put("seconds", 1.5);
            emit(conn, done);
        }
    }

    /** Upstream connections open now. */
    public int openConnections() {
        return (int) getConnections().stream().filter(WebSocket::isOpen).count();
    }

    /** Sends a raw event to every client, for timing tests. */
    public void broadcastEvent(ObjectNode event) {
        for (WebSocket conn : getConnections()) {
            emit(conn, event);
        }
    }

    @Override
    public void onClose(WebSocket conn, int code, String reason, boolean remote) {
        // nothing to clean up: state is per test
    }

    @Override
    public void onError(WebSocket conn, Exception ex) {
        // a client going away mid-frame is expected in failure tests
    }

    @Override
    public void onStart() {
        setConnectionLostTimeout(0);
    }

    public void shutdown() {
        try {
            stop(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
