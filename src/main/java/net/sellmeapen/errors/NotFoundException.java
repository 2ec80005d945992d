package net.sellmeapen.errors;

/** The thing asked for does not exist, or belongs to someone else (which is never confirmed). */
public class NotFoundException extends DomainException {

    public NotFoundException(String message) {
        super(message);
    }
}
