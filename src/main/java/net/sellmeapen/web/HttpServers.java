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
import org.eclipse.jetty.server.handler.GracefulHandler;

/** Builds a Javalin server with what every server of ours shares: base path, JSON, limits, headers, errors. */
public final class HttpServers {

    /** Largest request body either server reads. */
    public static final long MAX_REQUEST_BYTES = 256 * 1024;
    /** Largest WebSocket text message Jetty accepts before our own, smaller, checks run. */
    private static final int MAX_WEBSOCKET_MESSAGE_BYTES = 1024 * 1024;

    private HttpServers() {
    }

    /** How long a stopping server waits for requests in flight to finish. */
    public static final Duration STOP_GRACE = Duration.ofSeconds(10);

    /**
     * What distinguishes one of our servers.
     *
     * @param basePath the URL prefix everything is served under ("" for the root)
     * @param home where the site root redirects to, under the base path (e.g. "/" or "/admin")
     * @param staticFolder a classpath folder of files to serve (its index.html at the base path), or null
     * @param errorPage how browsers get errors as a page, or null for JSON only
     * @param proxies whose forwarded headers are believed, for the client's address, scheme and host
     * @param log the access log and request metrics
     */
    public record Settings(String basePath, String home, String staticFolder, ErrorPage errorPage,
            TrustedProxies proxies, RequestLog log) {
    }

    /** A server with our shared behaviour, whose routes are added by {@code routes}; not started. */
    public static Javalin create(Settings settings, ObjectMapper mapper, Consumer<RoutesConfig> routes) {
        String basePath = settings.basePath();
        return Javalin.create(config -> {
            config.jetty.modifyServer(server -> {
                // graceful stop: no new connections, requests in flight get STOP_GRACE to finish
                server.setStopTimeout(STOP_GRACE.toMillis());
                ContextHandlerCollection contexts = basePath.isEmpty() ? new ContextHandlerCollection()
                        : new ContextHandlerCollection(new ContextHandler(
                                new OutsideBasePath(basePath + settings.home(), mapper), "/"));
                server.setHandler(new GracefulHandler(contexts));
            });
            if (settings.staticFolder() != null) {
                config.staticFiles.add(settings.staticFolder(), Location.CLASSPATH);
            }
            config.router.contextPath = basePath.isEmpty() ? "/" : basePath;
            config.router.ignoreTrailingSlashes = true;
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.http.maxRequestSize = MAX_REQUEST_BYTES;
            config.http.prefer405over404 = true;
            config.jsonMapper(new JavalinJackson(mapper, false));
            config.contextResolver.ip = settings.proxies()::client;
            config.contextResolver.scheme = settings.proxies()::scheme;
            config.contextResolver.host = settings.proxies()::host;
            config.requestLogger.http(settings.log()::record);
            // WebSocket frames are size-checked by the voice proxy itself, so it can say why it closes
            config.jetty.modifyWebSocketServletFactory(factory -> {
                factory.setMaxTextMessageSize(MAX_WEBSOCKET_MESSAGE_BYTES);
                factory.setMaxBinaryMessageSize(MAX_WEBSOCKET_MESSAGE_BYTES);
                factory.setIdleTimeout(Duration.ofMinutes(5));
            });
            config.routes.before(HttpServers::guardRequest);
            routes.accept(config.routes);
            ErrorResponses.addTo(config.routes, settings.errorPage());
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
