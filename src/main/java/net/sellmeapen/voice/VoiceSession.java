package net.sellmeapen.voice;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sellmeapen.buyer.BuyerPersona;
import net.sellmeapen.conversation.Difficulty;
import net.sellmeapen.security.Secrets;
import net.sellmeapen.training.TrainingService;
import org.java_websocket.exceptions.WebsocketNotConnectedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One live voice conversation: relays the browser's audio to the Realtime endpoint and the buyer's
 * voice back, hands both sides' transcripts to a {@link TurnRecorder}, handles the buyer's
 * decision, enforces the limits, and closes each side when the other goes.
 */
final class VoiceSession implements RealtimeUpstream.Listener {

    private static final Logger LOG = LoggerFactory.getLogger(VoiceSession.class);
    /** PCM16 mono at 24 kHz. */
    private static final int BYTES_PER_MS = 48;
    private static final Pattern HANDSHAKE_STATUS = Pattern.compile("status code received: (\\d{3})");

    /** Largest control or transcript event passed on to the browser; a bigger one is recorded but not relayed. */
    static final int MAX_RELAYED_EVENT_CHARS = 64 * 1024;

    /** The browser's end of the conversation. */
    interface Browser {
        /** Queues the text; false (and nothing queued) when the browser has too much waiting already. */
        boolean send(String text);

        void close(int code, String reason);

        /** Drops the connection without waiting for the browser to read what is queued. */
        void disconnect();
    }

    private final String sessionId;
    private final String traineeId;
    private final Secrets secrets;
    private final VoiceMetrics metrics;
    private final Difficulty difficulty;
    private final Browser browser;
    private final VoiceSettings settings;
    private final TrainingService training;
    private final BuyerPersona persona;
    private final ObjectMapper mapper;
    private final RealtimeEvents events;
    private final EventScan scan;
    private final ScheduledExecutorService timers;
    private final Runnable onEnd;
    private final RealtimeUpstream upstream;

    private final Object lock = new Object();
    private final TurnRecorder turns;
    private final BuyerDecision decision;
    private ScheduledFuture<?> openDeadline;
    private ScheduledFuture<?> timeLimit;
    private boolean ready;
    private volatile boolean closed;
    private long windowStart = System.nanoTime();
    private int messagesInWindow;
    private long buyerAudioBytes;

    VoiceSession(String sessionId, String traineeId, Difficulty difficulty, Browser browser, VoiceSettings settings,
            TrainingService training, BuyerPersona persona, ObjectMapper mapper, ScheduledExecutorService timers,
            VoiceMetrics metrics, Secrets secrets, Runnable onEnd) {
        this.sessionId = sessionId;
        this.traineeId = traineeId;
        this.secrets = secrets;
        this.metrics = metrics;
        this.difficulty = difficulty;
        this.browser = browser;
        this.settings = settings;
        this.training = training;
        this.persona = persona;
        this.mapper = mapper;
        this.events = new RealtimeEvents(mapper);
        this.scan = new EventScan(mapper.getFactory());
        this.turns = new TurnRecorder(sessionId, training);
        this.decision = new BuyerDecision(sessionId, training, mapper, events);
        this.timers = timers;
        this.onEnd = onEnd;
        this.upstream = new RealtimeUpstream(RealtimeUpstream.endpoint(settings.realtimeUrl(), settings.model()),
                settings.apiKey(), this);
    }

    String traineeId() {
        return traineeId;
    }

    /**
     * Sends to the browser; one that has stopped reading (too much queued for it) is disconnected,
     * and the call ends, so upstream cannot fill the server's memory through it.
     */
    private void toBrowser(String text) {
        if (!browser.send(text)) {
            LOG.info("voice session {}: the browser stopped reading; disconnected", sessionId);
            metrics.upstreamError("slow_browser");
            synchronized (lock) {
                if (closed) {
                    return;
                }
                closed = true;
            }
            cancelTimers();
            turns.flush();
            browser.close(1008, "slow_reader");
            browser.disconnect();
            upstream.close();
            onEnd.run();
        }
    }

    /** Starts connecting upstream; the browser hears {@code app.ready} once the buyer is set up. */
    void start() {
        openDeadline = timers.schedule(() -> end("upstream_timeout",
                "The voice service did not answer in time. Please try again, or practise by text."),
                settings.openTimeout().toMillis(), TimeUnit.MILLISECONDS);
        timeLimit = timers.schedule(() -> end("time_limit", "This voice session reached its "
                + settings.maxDuration().toMinutes() + "-minute limit. Everything said so far is saved: end the"
                + " session to get your scorecard."), settings.maxDuration().toMillis(), TimeUnit.MILLISECONDS);
        upstream.connect();
    }


    void fromBrowser(String text) {
        if (isClosed()) {
            return;
        }
        if (text.length() > settings.maxMessageChars()) {
            end("message_too_large", "A voice message was larger than " + settings.maxMessageChars() / 1024
                    + " KiB, so the connection was closed. Send audio in chunks of about 100 ms.");
            return;
        }
        if (!withinRate()) {
            end("rate_limited", "Too many voice messages per second, so the connection was closed.");
            return;
        }
        String type = typeOf(text);
        if (type == null) {
            toBrowser(events.refused(null, "Send JSON objects with a string 'type' (OpenAI Realtime events)."));
        } else if (!RealtimeEvents.FROM_BROWSER.contains(type)) {
            toBrowser(events.refused(type, "'" + type + "' cannot be sent from the browser; allowed are "
                    + String.join(", ", RealtimeEvents.FROM_BROWSER.stream().sorted().toList()) + "."));
        } else {
            sendUpstream(text);
        }
    }

    /**
     * Audio the browser sent as a binary frame (PCM16, 24 kHz mono): forwarded as an
     * {@code input_audio_buffer.append} event, under the same size and rate limits as text.
     */
    void audioFromBrowser(ByteBuffer pcm) {
        int length = pcm.remaining();
        if (isClosed()) {
            return;
        }
        if (length > maxAudioBytes()) {
            end("message_too_large", "A voice message was larger than " + maxAudioBytes() / 1024
                    + " KiB, so the connection was closed. Send audio in chunks of about 100 ms.");
            return;
        }
        if (!withinRate()) {
            end("rate_limited", "Too many voice messages per second, so the connection was closed.");
            return;
        }
        if (length == 0 || length % 2 != 0) {
            toBrowser(events.refused(null, "A binary frame carries 16-bit PCM audio: a non-zero, even number"
                    + " of bytes."));
            return;
        }
        try {
            if (upstream.isOpen()) {
                upstream.sendUtf8(RealtimeEvents.audioAppend(pcm));
            }
        } catch (WebsocketNotConnectedException closedMeanwhile) {
            // upstreamClosed reports it
        }
    }

    /** Binary audio may be as long as the largest text message's base64 would carry. */
    private int maxAudioBytes() {
        return settings.maxMessageChars() / 4 * 3;
    }

    /** Pings upstream, or closes it when it has gone silent; called from the gateway's shared timer. */
    void keepAlive(long now) {
        if (!isClosed()) {
            upstream.keepAlive(now);
        }
    }

    private boolean withinRate() {
        synchronized (lock) {
            long now = System.nanoTime();
            if (now - windowStart > TimeUnit.SECONDS.toNanos(2)) {
                windowStart = now;
                messagesInWindow = 0;
            }
            return ++messagesInWindow <= settings.maxMessagesPerSecond() * 2;
        }
    }

    private String typeOf(String text) {
        try {
            JsonNode node = mapper.readTree(text);
            return node != null && node.isObject() && node.path("type").isTextual() ? node.get("type").asText() : null;
        } catch (Exception e) {
            return null;
        }
    }

    /** Sends upstream unless the connection is gone (then the close handler has told the browser). */
    private void sendUpstream(String text) {
        try {
            if (upstream.isOpen()) {
                upstream.send(text);
            }
        } catch (WebsocketNotConnectedException closedMeanwhile) {
            // upstreamClosed reports it
        }
    }

    void browserClosed() {
        end(null, null);
    }


    @Override
    public void upstreamOpened() {
        sendUpstream(events.sessionUpdate(persona.instructions(sessionId, difficulty), settings.model(),
                settings.voice()));
        sendUpstream(events.responseCreate());
    }

    @Override
    public void upstreamMessage(String received) {
        EventScan.Scanned scanned = scan.scan(received);
        if (scanned != null && scanned.isAudioDelta()) {
            countAudio(scanned.deltaChars());
            toBrowser(received);
            return;
        }
        // a server that echoes what it was sent must not show our key (or any secret) to the trainee
        String text = secrets.redact(received);
        JsonNode event;
        try {
            event = mapper.readTree(text);
        } catch (Exception e) {
            LOG.warn("voice session {}: upstream sent something that is not JSON", sessionId);
            return;
        }
        String type = event.path("type").asText("");
        switch (type) {
            case "session.updated" -> becomeReady();
            case "error" -> {
                metrics.upstreamError("error_event");
                toBrowser(events.appError("upstream_error", humanError(event.path("error"))));
            }
            case "input_audio_buffer.speech_started" ->
                    turns.speechStarted(event.path("item_id").asText(), event.path("audio_start_ms").asInt());
            case "input_audio_buffer.speech_stopped" ->
                    turns.speechStopped(event.path("item_id").asText(), event.path("audio_end_ms").asInt());
            case "input_audio_buffer.committed" -> turns.committed(event.path("item_id").asText());
            case "conversation.item.input_audio_transcription.completed" ->
                    turns.trainee(event.path("item_id").asText(), event.path("transcript").asText(""));
            case "conversation.item.input_audio_transcription.failed" ->
                    turns.trainee(event.path("item_id").asText(), "");
            case "response.output_audio_transcript.done" -> turns.buyer(event.path("transcript").asText(""),
                    buyerAudioMs());
            case "response.function_call_arguments.done" -> decisionCall(event);
            default -> {
                // only the allow-listed events reach the browser
            }
        }
        if (RealtimeEvents.TO_BROWSER.contains(type) && text.length() <= MAX_RELAYED_EVENT_CHARS) {
            toBrowser(text);
        }
    }

    /** Adds a buyer audio chunk's length, from its base64 characters: 24 kHz mono PCM16 is 48 bytes a millisecond. */
    private void countAudio(int base64Chars) {
        synchronized (lock) {
            buyerAudioBytes += base64Chars / 4L * 3;
        }
    }

    /** How long the buyer's last line played, from the audio sent since the line before it. */
    private Integer buyerAudioMs() {
        synchronized (lock) {
            long bytes = buyerAudioBytes;
            buyerAudioBytes = 0;
            return bytes == 0 ? null : (int) (bytes / BYTES_PER_MS);
        }
    }

    private void becomeReady() {
        synchronized (lock) {
            if (ready) {
                return;
            }
            ready = true;
        }
        if (openDeadline != null) {
            openDeadline.cancel(false);
        }
        toBrowser(events.app("ready").put("sessionId", sessionId).put("difficultyLevel", difficulty.name())
                .toString());
    }

    private void decisionCall(JsonNode event) {
        decision.handle(event).ifPresent(result -> {
            result.browserEvent().ifPresent(this::toBrowser);
            sendUpstream(result.callItem());
            sendUpstream(events.responseCreate());
        });
    }

    @Override
    public void upstreamClosed(int code, String reason, boolean remote) {
        if (isClosed()) {
            return;
        }
        Matcher status = HANDSHAKE_STATUS.matcher(reason == null ? "" : reason);
        if (status.find()) {
            metrics.upstreamError("refused");
            refused(Integer.parseInt(status.group(1)));
        } else if (!ready) {
            metrics.upstreamError("unreachable");
            end("upstream_unreachable", "We could not reach the voice service. Please try again, or practise by"
                    + " text.");
        } else {
            metrics.upstreamError("dropped");
            end("upstream_closed", "The connection to the voice buyer dropped. Everything said so far is saved:"
                    + " you can end the session to get your scorecard.");
        }
    }

    @Override
    public void upstreamFailed(Exception error) {
        LOG.info("voice session {}: upstream failed: {}", sessionId, error.getClass().getSimpleName());
        upstreamClosed(-1, error.getMessage(), false);
    }

    private void refused(int status) {
        String message = switch (status) {
            case 401, 403 -> "The voice service refused our credentials, so voice practice is unavailable right now."
                    + " Text practice still works.";
            case 429 -> "The voice service is busy (rate limited). Please try again in a minute.";
            default -> status >= 500 ? "The voice service is having trouble right now. Please try again later."
                    : "The voice service turned the connection down (HTTP " + status + ").";
        };
        end("upstream_refused", message);
    }

    private static String humanError(JsonNode error) {
        String message = error.path("message").asText("");
        return message.isBlank() ? "The voice service reported an error." : "The voice service reported: " + message;
    }


    /** The server is stopping: the browser is told the session ended (its turns are saved) and both sides close. */
    void serverStopping() {
        end("server_stopping", "The server is restarting. Everything said so far is saved: end the session to get"
                + " your scorecard, or start a new one in a minute.");
    }

    /** The session was completed or abandoned elsewhere: the call ends now and the browser is told why. */
    void sessionOver() {
        end("session_over", "This session has ended (it was completed or closed), so the voice call has ended"
                + " too.");
    }

    /** Ends the conversation once: tells the browser why (when there is a reason) and closes both sides. */
    private void end(String code, String message) {
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
        }
        turns.flush();
        cancelTimers();
        if (code != null) {
            browser.send(events.appError(code, message));
            browser.send(events.app("ended").put("reason", code).toString());
            browser.close(1000, code);
        }
        upstream.close();
        onEnd.run();
    }

    private void cancelTimers() {
        if (openDeadline != null) {
            openDeadline.cancel(false);
        }
        if (timeLimit != null) {
            timeLimit.cancel(false);
        }
    }

    private boolean isClosed() {
        return closed;
    }
}
