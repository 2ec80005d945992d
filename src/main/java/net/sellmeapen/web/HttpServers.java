package net.sellmeapen.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.time.Duration;
import java.util.function.Consumer;
import org.eclipse.jetty.server.handler.ContextHandler;
import org.eclipse.jetty.server.handler.ContextHandlerCollection;

/** Builds a Javalin server with what every server of ours shares: base path, JSON, limits, headers, errors. */
public final class HttpServers {

    /** Largest request body either server reads. */
    public static final long MAX_REQUEST_BYTES = 256 * 1024;
    /** Largest WebSocket text message Jetty accepts before our own, smaller, checks run. */
    private static final int MAX_WEBSOCKET_MESSAGE_BYTES = 1024 * 1024;

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
        return create(basePath, "/", mapper, staticFolder, routes, null);
    }

    /**
     * The general form: {@code home} is where the site root redirects (under the base path), and
     * {@code errorPage}, when given, answers browsers' errors with a page instead of JSON.
     */
    public static Javalin create(String basePath, String home, ObjectMapper mapper, String staticFolder,
            Consumer<RoutesConfig> routes, ErrorPage errorPage) {
        return Javalin.create(config -> {
            if (!basePath.isEmpty()) {
                // Javalin serves only under the base path; a context at "/" answers everything else
                config.jetty.modifyServer(server -> server.setHandler(new ContextHandlerCollection(
                        new ContextHandler(new OutsideBasePath(basePath + home, mapper), "/"))));
            }
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
            ErrorResponses.addTo(config.routes, errorPage);
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
            throw ErrorResponses.tooLarge();
        }
    }
}
