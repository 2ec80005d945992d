package net.sellmeapen.errors;

/** The caller is known but may not do this, e.g. change a password without the current one (403). */
public class RefusedException extends DomainException {

    public RefusedException(String message) {
        super(message);
    }
}
