package net.sellmeapen.training;

import net.sellmeapen.errors.NotFoundException;

/** No session with this id belongs to the caller (someone else's is reported the same way). */
public final class SessionNotFoundException extends NotFoundException {

    public SessionNotFoundException(String sessionId) {
        super("no training session with id '" + sessionId + "'");
    }
}
