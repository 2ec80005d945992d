package net.sellmeapen.conversation;

/** A transcript that cannot be read as turns: a bad speaker, a turn too long, too many turns. */
public final class InvalidTranscriptException extends RuntimeException {

    public InvalidTranscriptException(String message) {
        super(message, null, false, false);
    }
}
