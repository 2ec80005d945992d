package net.sellmeapen.web;

/** The one shape every error response has: {@code {"success": false, "error": "…", "details": …}}. */
public record ErrorBody(boolean success, String error, Object details) {

    public static ErrorBody of(String error, Object details) {
        return new ErrorBody(false, error, details);
    }
}
