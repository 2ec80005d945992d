package net.sellmeapen.conversation;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Where a session's conversation came from: recorded by the server as it happened (text or voice
 * practice), or pasted into {@code complete} by the client, which nothing can check.
 */
public enum Source {
    SERVER_RECORDED("server-recorded"),
    SELF_REPORTED("self-reported");

    private final String label;

    Source(String label) {
        this.label = label;
    }

    /** How the API and exports name it: {@code server-recorded} or {@code self-reported}. */
    @JsonValue
    public String label() {
        return label;
    }
}
