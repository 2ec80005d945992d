package net.sellmeapen.errors;

/** Something the request needs is not available now (a model, voice); nothing the caller sent was wrong. */
public class UnavailableException extends DomainException {

    public UnavailableException(String message, Object details) {
        super(message, details);
    }

    public UnavailableException(String message) {
        super(message);
    }
}
