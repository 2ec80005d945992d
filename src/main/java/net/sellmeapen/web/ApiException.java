package net.sellmeapen.web;

import io.javalin.http.HttpStatus;

/** A failure that the client caused or must know about, answered with its status and a plain message. */
public final class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final transient Object details;

    public ApiException(HttpStatus status, String message, Object details) {
        super(message, null, false, false);
        this.status = status;
        this.details = details;
    }

    public ApiException(HttpStatus status, String message) {
        this(status, message, null);
    }

    public static ApiException badRequest(String message) {
        return new ApiException(HttpStatus.BAD_REQUEST, message);
    }

    public static ApiException notFound(String message) {
        return new ApiException(HttpStatus.NOT_FOUND, message);
    }

    public static ApiException conflict(String message) {
        return new ApiException(HttpStatus.CONFLICT, message);
    }

    public HttpStatus status() {
        return status;
    }

    public Object details() {
        return details;
    }
}
