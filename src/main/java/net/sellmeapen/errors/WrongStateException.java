package net.sellmeapen.errors;

/** The request is fine but cannot happen now: the thing it acts on has moved on or is taken. */
public class WrongStateException extends DomainException {

    public WrongStateException(String message) {
        super(message);
    }
}
