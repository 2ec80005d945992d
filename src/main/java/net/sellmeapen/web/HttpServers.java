package net.sellmeapen.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.eclipse.jetty.ee10.servlet.SessionHandler;
import org.eclipse.jetty.server.handler.ContextHandler;
import org.eclipse.jetty.server.handler.ContextHandlerCollection;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.session.NullSessionCache;
import org.eclipse.jetty.session.NullSessionDataStore;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/** Builds a Javalin server with what every server of ours shares: base path, JSON, limits, headers, errors. */
public final class HttpServers {

    /** Largest request body either server reads. */
    public static final long MAX_REQUEST_BYTES = 256 * 1024;
    /** Largest WebSocket text message Jetty accepts before our own, smaller, checks run. */
    private static final int MAX_WEBSOCKET_MESSAGE_BYTES = 1024 * 1024;

    private HttpServers() {
    }

    /** Request threads at most and at least, and how long an idle one above the least is kept. */
    static final int MAX_THREADS = 200;
    static final int MIN_THREADS = 8;
    static final Duration THREAD_IDLE = Duration.ofSeconds(10);

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
        AtomicReference<Javalin> self = new AtomicReference<>();
        Javalin javalin = Javalin.create(config -> {
            config.jetty.modifyServer(server -> {
                // graceful stop: no new connections, requests in flight get STOP_GRACE to finish
                server.setStopTimeout(STOP_GRACE.toMillis());
                ContextHandlerCollection contexts = basePath.isEmpty() ? new ContextHandlerCollection()
                        : new ContextHandlerCollection(new ContextHandler(
                                new OutsideBasePath(basePath + settings.home(), mapper), "/"));
                server.setHandler(new GracefulHandler(new HeadAsGet(contexts)));
            });
            // nothing here uses server-side HTTP sessions, but Javalin opens one at every WebSocket
            // upgrade: keep none in memory and send no cookie for them
            config.jetty.modifyServletContextHandler(context -> {
                SessionHandler sessions = context.getSessionHandler();
                NullSessionCache none = new NullSessionCache(sessions);
                none.setSessionDataStore(new NullSessionDataStore());
                sessions.setSessionCache(none);
                sessions.setUsingCookies(false);
            });
            if (settings.staticFolder() != null) {
                config.staticFiles.add(settings.staticFolder(), Location.CLASSPATH);
            }
            config.jetty.threadPool = threadPool();
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
            config.routes.before(ctx -> answerOptions(ctx, self.get()));
            routes.accept(config.routes);
            ErrorResponses.addTo(config.routes, settings.errorPage(), ctx -> allowed(ctx, self.get()));
        });
        self.set(javalin);
        return javalin;
    }

    /**
     * Jetty's request threads: up to {@link #MAX_THREADS}; after a burst the idle ones go within
     * {@link #THREAD_IDLE} (Jetty would otherwise let one go per idle period).
     */
    private static QueuedThreadPool threadPool() {
        QueuedThreadPool pool = new QueuedThreadPool(MAX_THREADS, MIN_THREADS, (int) THREAD_IDLE.toMillis());
        pool.setName("JettyServerThreadPool");
        pool.setMaxEvictCount(MAX_THREADS);
        return pool;
    }

    /** {@code OPTIONS}: 204 with the methods the path answers to in {@code Allow} (404 for no such path). */
    private static void answerOptions(Context ctx, Javalin javalin) {
        if (ctx.method() != HandlerType.OPTIONS) {
            return;
        }
        String allowed = allowed(ctx, javalin);
        if (allowed.equals("OPTIONS")) {
            return; // no route here: answered 404 as usual
        }
        ctx.header("Allow", allowed).status(HttpStatus.NO_CONTENT);
        ctx.skipRemainingHandlers();
    }

    /** The methods a path answers to, e.g. "GET, HEAD, OPTIONS". */
    private static String allowed(Context ctx, Javalin javalin) {
        String path = ctx.path();
        String context = ctx.contextPath();
        if (!context.equals("/") && path.startsWith(context)) {
            path = path.substring(context.length());
        }
        List<String> methods = new ArrayList<>();
        for (HandlerType type : List.of(HandlerType.GET, HandlerType.POST, HandlerType.PUT, HandlerType.PATCH,
                HandlerType.DELETE)) {
            if (javalin.unsafe.internalRouter.hasHttpHandlerEntry(type, path)) {
                methods.add(type.name());
                if (type == HandlerType.GET) {
                    methods.add(HandlerType.HEAD.name());
                }
            }
        }
        methods.add(HandlerType.OPTIONS.name());
        return String.join(", ", methods);
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
