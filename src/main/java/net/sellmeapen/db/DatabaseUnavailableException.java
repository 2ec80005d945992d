package net.sellmeapen.db;

/** The database could not be opened or reached; the message says where and why. */
public final class DatabaseUnavailableException extends RuntimeException {
    DatabaseUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
