package net.sellmeapen.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

/** How a server answers a browser's error with a page of its own instead of the JSON error body. */
public interface ErrorPage {

    /** True when this request should get the page (a browser asking for HTML), not JSON. */
    boolean wanted(Context ctx);

    /** Renders the page for the status (already set) and the plain message. */
    void render(Context ctx, HttpStatus status, String message);
}
