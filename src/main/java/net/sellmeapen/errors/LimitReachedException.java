package net.sellmeapen.errors;

import java.time.Duration;

/** The caller used up a share (calls per minute, sessions at once); it may try again after a while. */
public class LimitReachedException extends DomainException {

    private final Duration retryAfter;

    public LimitReachedException(String message, Duration retryAfter) {
        super(message);
        this.retryAfter = retryAfter;
    }

    /** How long to wait before trying again. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
