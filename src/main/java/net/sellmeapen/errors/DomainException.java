package net.sellmeapen.errors;

/**
 * Something a request asked for that the product cannot do, said in the product's own terms; the
 * web layer answers each kind with its status and the one error body. Carries no stack trace: it
 * is an answer, not a bug.
 */
public abstract class DomainException extends RuntimeException {

    private final transient Object details;

    protected DomainException(String message, Object details) {
        super(message, null, false, false);
        this.details = details;
    }

    protected DomainException(String message) {
        this(message, null);
    }

    /** Extra facts for the client (what was kept, when to retry), or null. */
    public Object details() {
        return details;
    }
}
