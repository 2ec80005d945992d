package net.sellmeapen.llm;

/**
 * A chat-completions call that did not give a usable answer; {@link #reason()} is short enough
 * to show ("timeout", "HTTP 401"), and no message ever contains the API key.
 */
public final class LlmException extends Exception {

    /** What kind of failure it was. */
    public enum Kind { UNREACHABLE, TIMEOUT, REFUSED, RATE_LIMITED, SERVER_ERROR, BAD_OUTPUT, BUSY }

    private final Kind kind;
    private final String reason;

    public LlmException(Kind kind, String reason) {
        super(reason, null, false, false);
        this.kind = kind;
        this.reason = reason;
    }

    public Kind kind() {
        return kind;
    }

    /** A few words a person can act on, e.g. "HTTP 401: check OPENAI_API_KEY". */
    public String reason() {
        return reason;
    }
}
