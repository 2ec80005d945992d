package net.sellmeapen.errors;

/** What was sent cannot be used: a missing, malformed or out-of-range value; the message names it. */
public class InvalidInputException extends DomainException {

    public InvalidInputException(String message) {
        super(message);
    }
}
