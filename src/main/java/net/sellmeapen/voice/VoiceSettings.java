package net.sellmeapen.voice;

import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * What the voice proxy needs to know: where the Realtime endpoint is and how to sign in, and the
 * limits that keep one trainee from exhausting the server.
 *
 * @param apiKey bearer key for the Realtime endpoint; blank means voice is unavailable
 * @param maxSessions voice sessions at once
 * @param maxPerTrainee voice sessions one trainee may hold at once
 * @param maxDuration longest voice session
 * @param maxMessageChars largest browser message accepted
 * @param maxMessagesPerSecond browser messages accepted per second (averaged over two seconds)
 * @param openTimeout how long the upstream may take to connect and confirm the session
 * @param allowedOrigins origins allowed to connect; empty means the server's own
 */
public record VoiceSettings(URI realtimeUrl, String apiKey, String model, String voice, int maxSessions,
        int maxPerTrainee, Duration maxDuration, int maxMessageChars, int maxMessagesPerSecond, Duration openTimeout,
        List<String> allowedOrigins) {

    public boolean available() {
        return !apiKey.isBlank();
    }

    /** The same settings with other limits, for tests that must hit them quickly. */
    public VoiceSettings withLimits(int sessions, Duration duration, int messagesPerSecond, Duration open) {
        return new VoiceSettings(realtimeUrl, apiKey, model, voice, sessions, maxPerTrainee, duration, maxMessageChars,
                messagesPerSecond, open, allowedOrigins);
    }
}
