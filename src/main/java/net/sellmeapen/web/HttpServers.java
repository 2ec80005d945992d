package net.sellmeapen.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.time.Duration;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Builds a Javalin server with what every server of ours shares: base path, JSON, limits, headers, errors. */
public final class HttpServers {

    /** Largest request body either server reads. */
    public static final long MAX_REQUEST_BYTES = 256 * 1024;
    /** Largest WebSocket text message Jetty accepts before our own, smaller, checks run. */
    private static final int MAX_WEBSOCKET_MESSAGE_BYTES = 1024 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(HttpServers.class);

    private HttpServers() {
    }

    /** A server under {@code basePath} whose routes are added by {@code routes}; not started. */
    public static Javalin create(String basePath, ObjectMapper mapper, Consumer<RoutesConfig> routes) {
        return create(basePath, mapper, null, routes);
    }

    /**
     * A server under {@code basePath} that also serves the files of a classpath folder (its
     * {@code index.html} at the base path itself); not started.
     */
    public static Javalin create(String basePath, ObjectMapper mapper, String staticFolder,
            Consumer<RoutesConfig> routes) {
        return Javalin.create(config -> {
            if (staticFolder != null) {
                config.staticFiles.add(staticFolder, Location.CLASSPATH);
            }
            config.router.contextPath = basePath.isEmpty() ? "/" : basePath;
            config.router.ignoreTrailingSlashes = true;
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.http.maxRequestSize = MAX_REQUEST_BYTES;
            config.http.prefer405over404 = true;
            config.jsonMapper(new JavalinJackson(mapper, false));
            // WebSocket frames are size-checked by the voice proxy itself, so it can say why it closes
            config.jetty.modifyWebSocketServletFactory(factory -> {
                factory.setMaxTextMessageSize(MAX_WEBSOCKET_MESSAGE_BYTES);
                factory.setIdleTimeout(Duration.ofMinutes(5));
            });
            config.routes.before(HttpServers::guardRequest);
            routes.accept(config.routes);
            mapErrors(config.routes);
        });
    }

    private static void guardRequest(Context ctx) {
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Content-Security-Policy", "default-src 'self'; frame-ancestors 'none'");
        if (ctx.path().contains("/api/")) {
            ctx.header("Cache-Control", "no-store");
        }
        if (ctx.contentLength() > MAX_REQUEST_BYTES) {
            throw tooLarge();
        }
    }

    private static ApiException tooLarge() {
        return new ApiException(HttpStatus.CONTENT_TOO_LARGE,
                "the request body is larger than the " + MAX_REQUEST_BYTES / 1024 + " KiB limit");
    }

    private static void mapErrors(RoutesConfig routes) {
        routes.exception(ApiException.class, (e, ctx) -> respond(ctx, e.status(), e.getMessage(), e.details()));
        routes.exception(HttpResponseException.class, (e, ctx) -> {
            HttpStatus status = HttpStatus.forStatus(e.getStatus());
            if (status == HttpStatus.CONTENT_TOO_LARGE) {
                respond(ctx, status, tooLarge().getMessage(), null);
            } else {
                respond(ctx, status, plainMessage(ctx, status), null);
            }
        });
        routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("unexpected failure on {} {}", ctx.method(), ctx.path(), e);
            respond(ctx, HttpStatus.INTERNAL_SERVER_ERROR, "something went wrong on our side; nothing you sent was"
                    + " lost, please try again", null);
        });
        routes.error(HttpStatus.NOT_FOUND, ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty()) {
                respond(ctx, HttpStatus.NOT_FOUND, plainMessage(ctx, HttpStatus.NOT_FOUND), null);
            }
        });
    }

    private static String plainMessage(Context ctx, HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "no such endpoint: " + ctx.method() + " " + ctx.path();
            case METHOD_NOT_ALLOWED -> ctx.method() + " is not allowed on " + ctx.path();
            default -> status.getMessage();
        };
    }

    private static void respond(Context ctx, HttpStatus status, String message, Object details) {
        ctx.status(status).json(ErrorBody.of(message, details));
    }
}
