package net.sellmeapen.training;

/**
 * The live conversations (voice calls) held for training sessions, told when a session ends some
 * other way — completed over HTTP, abandoned by an admin — so its call ends at once.
 */
@FunctionalInterface
public interface LiveCalls {

    /** No live calls (a server without voice). */
    LiveCalls NONE = sessionId -> { };

    /** The session is over: end its call, if it has one. */
    void ended(String sessionId);
}
