package net.sellmeapen.voice;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/** What the voice proxy counts: upstream failures by kind ({@code voice.upstream.errors}). */
public final class VoiceMetrics {

    private final MeterRegistry registry;

    public VoiceMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** An upstream failure: an error event, a refused handshake, an unreachable or dropped connection. */
    void upstreamError(String kind) {
        Counter.builder("voice.upstream.errors").description("Realtime upstream failures by kind").tag("kind", kind)
                .register(registry).increment();
    }
}
