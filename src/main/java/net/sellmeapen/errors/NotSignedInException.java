package net.sellmeapen.errors;

/** The caller is not who they need to be: wrong credentials, or a token that is unknown, expired or revoked (401). */
public class NotSignedInException extends DomainException {

    public NotSignedInException(String message) {
        super(message);
    }
}
