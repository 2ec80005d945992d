package net.sellmeapen.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import jakarta.servlet.ServletException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.function.Function;
import net.sellmeapen.conversation.InvalidTranscriptException;
import net.sellmeapen.db.DatabaseUnavailableException;
import net.sellmeapen.errors.DomainException;
import net.sellmeapen.errors.InvalidInputException;
import net.sellmeapen.errors.LimitReachedException;
import net.sellmeapen.errors.NotFoundException;
import net.sellmeapen.errors.NotSignedInException;
import net.sellmeapen.errors.RefusedException;
import net.sellmeapen.errors.UnavailableException;
import net.sellmeapen.errors.WrongStateException;
import org.eclipse.jetty.http.BadMessageException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place failures become HTTP answers: each kind of domain exception gets its status, and
 * every answer is the one error body. Anything unexpected is logged and answered 500 without details.
 */
final class ErrorResponses {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorResponses.class);

    private ErrorResponses() {
    }

    /** @param allowed the methods a request's path answers to, for the {@code Allow} header of a 405 */
    static void addTo(RoutesConfig routes, ErrorPage page, Function<Context, String> allowed) {
        routes.exception(ApiException.class, (e, ctx) -> respond(page, ctx, e.status(), e.getMessage(), e.details()));
        routes.exception(DomainException.class, (e, ctx) -> {
            if (e instanceof LimitReachedException limit) {
                ctx.header("Retry-After", Long.toString(Math.max(1, limit.retryAfter().toSeconds())));
            }
            respond(page, ctx, statusOf(e), e.getMessage(), e.details());
        });
        routes.exception(InvalidTranscriptException.class,
                (e, ctx) -> respond(page, ctx, HttpStatus.BAD_REQUEST, e.getMessage(), null));
        routes.exception(DatabaseUnavailableException.class, (e, ctx) -> {
            LOG.warn("database unavailable on {} {}: {}", ctx.method(), ctx.path(), e.getMessage());
            respond(page, ctx, HttpStatus.SERVICE_UNAVAILABLE, "the database is not answering right now; please try again"
                    + " in a moment", null);
        });
        routes.exception(HttpResponseException.class, (e, ctx) -> {
            HttpStatus status = HttpStatus.forStatus(e.getStatus());
            if (status == HttpStatus.METHOD_NOT_ALLOWED) {
                ctx.header("Allow", allowed.apply(ctx));
            }
            respond(page, ctx, status, status == HttpStatus.CONTENT_TOO_LARGE ? tooLarge().getMessage()
                    : plainMessage(ctx, status), null);
        });
        routes.exception(ServletException.class, (e, ctx) -> {
            if (e.getCause() instanceof BadMessageException bad) { // e.g. a multipart body that is not one
                respond(page, ctx, HttpStatus.forStatus(bad.getCode()), "the request body could not be read: "
                        + bad.getReason(), null);
                return;
            }
            unexpected(page, ctx, e);
        });
        // the body broke off or was malformed on the wire (a bad chunk, the client gone): the client's fault
        routes.exception(IOException.class, (e, ctx) -> respond(page, ctx, HttpStatus.BAD_REQUEST,
                "the request body could not be read: it ended early or was malformed", null));
        routes.exception(UncheckedIOException.class, (e, ctx) -> respond(page, ctx, HttpStatus.BAD_REQUEST,
                "the request body could not be read: it ended early or was malformed", null));
        routes.exception(UnsupportedCharsetException.class, (e, ctx) -> respond(page, ctx,
                HttpStatus.UNSUPPORTED_MEDIA_TYPE, "the body's character set is not supported; send UTF-8", null));
        routes.exception(IllegalCharsetNameException.class, (e, ctx) -> respond(page, ctx,
                HttpStatus.UNSUPPORTED_MEDIA_TYPE, "the body's character set is not supported; send UTF-8", null));
        routes.exception(Exception.class, (e, ctx) -> unexpected(page, ctx, e));
        routes.error(HttpStatus.NOT_FOUND, ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty()) {
                respond(page, ctx, HttpStatus.NOT_FOUND, plainMessage(ctx, HttpStatus.NOT_FOUND), null);
            }
        });
    }

    private static void unexpected(ErrorPage page, Context ctx, Exception e) {
        LOG.error("unexpected failure on {} {}", ctx.method(), ctx.path(), e);
        respond(page, ctx, HttpStatus.INTERNAL_SERVER_ERROR, "something went wrong on our side; nothing you sent was"
                + " lost, please try again", null);
    }


    static HttpStatus statusOf(DomainException e) {
        return switch (e) {
            case InvalidInputException invalid -> HttpStatus.BAD_REQUEST;
            case NotFoundException missing -> HttpStatus.NOT_FOUND;
            case NotSignedInException unknown -> HttpStatus.UNAUTHORIZED;
            case RefusedException refused -> HttpStatus.FORBIDDEN;
            case WrongStateException conflict -> HttpStatus.CONFLICT;
            case LimitReachedException limit -> HttpStatus.TOO_MANY_REQUESTS;
            case UnavailableException unavailable -> HttpStatus.SERVICE_UNAVAILABLE;
            default -> HttpStatus.INTERNAL_SERVER_ERROR;
        };
    }

    static ApiException tooLarge() {
        return new ApiException(HttpStatus.CONTENT_TOO_LARGE,
                "the request body is larger than the " + HttpServers.MAX_REQUEST_BYTES / 1024 + " KiB limit");
    }

    private static String plainMessage(Context ctx, HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "no such endpoint: " + ctx.method() + " " + ctx.path();
            case METHOD_NOT_ALLOWED -> ctx.method() + " is not allowed on " + ctx.path();
            default -> status.getMessage();
        };
    }

    /** The most of a refused body read before answering 413, and for how long at most. */
    static final long MAX_DRAINED_BYTES = 4L * 1024 * 1024;
    static final java.time.Duration MAX_DRAIN_TIME = java.time.Duration.ofSeconds(1);

    /**
     * Reads and drops what has arrived of a body refused as too large — at most
     * {@link #MAX_DRAINED_BYTES}, for at most {@link #MAX_DRAIN_TIME}, never waiting on a read — so a
     * client that sends its whole body before reading (most do) receives the 413 instead of a
     * connection reset by the close that follows. Bodies announced larger than that are not drained.
     */
    private static void drainRefusedBody(Context ctx) {
        long announced = ctx.req().getContentLengthLong();
        if (announced > MAX_DRAINED_BYTES) {
            return;
        }
        long deadline = System.nanoTime() + MAX_DRAIN_TIME.toNanos();
        long left = announced < 0 ? MAX_DRAINED_BYTES : announced;
        byte[] buffer = new byte[16 * 1024];
        try {
            var in = ctx.req().getInputStream();
            while (left > 0 && System.nanoTime() < deadline) {
                int ready = in.available();
                if (ready <= 0) {
                    Thread.sleep(2);
                    continue;
                }
                int read = in.read(buffer, 0, (int) Math.min(buffer.length, Math.min(ready, left)));
                if (read < 0) {
                    return;
                }
                left -= read;
            }
        } catch (IOException | IllegalStateException e) {
            // the client is gone, or the body was already read in another form: nothing to drain
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void respond(ErrorPage page, Context ctx, HttpStatus status, String message, Object details) {
        if (status == HttpStatus.CONTENT_TOO_LARGE) {
            drainRefusedBody(ctx);
        }
        if (page != null && page.wanted(ctx)) {
            ctx.status(status);
            page.render(ctx, status, message);
            return;
        }
        ctx.status(status).json(ErrorBody.of(message, details));
    }
}
