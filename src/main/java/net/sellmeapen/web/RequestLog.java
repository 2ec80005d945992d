package net.sellmeapen.web;

import io.javalin.http.Context;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One access line per request — method, path (secrets in the query masked), status, milliseconds
 * and the client's address — and the request's timing in {@code http.server.requests}, tagged by
 * the route's template (never the raw path, so ids cannot multiply the series).
 */
public final class RequestLog {

    /** Query parameters whose values never reach a log line. */
    static final Set<String> SECRET_PARAMETERS = Set.of("token", "ticket", "code", "password", "key");
    private static final Logger ACCESS = LoggerFactory.getLogger("net.sellmeapen.access");
    private static final int MAX_LOGGED_QUERY = 512;

    private final String server;
    private final MeterRegistry metrics;

    /** @param server which server this is, for the metrics' {@code server} tag ("trainee" or "admin") */
    public RequestLog(String server, MeterRegistry metrics) {
        this.server = server;
        this.metrics = metrics;
    }

    void record(Context ctx, float milliseconds) {
        int status = ctx.statusCode();
        String method = ctx.method().name();
        String path = ctx.path() + masked(ctx.queryString());
        String client = ctx.ip();
        long ms = Math.round(milliseconds);
        ACCESS.atInfo().addKeyValue("method", method).addKeyValue("path", path).addKeyValue("status", status)
                .addKeyValue("ms", ms).addKeyValue("client", client)
                .log("{} {} {} {} ms {}", method, path, status, ms, client);
        Timer.builder("http.server.requests").description("HTTP requests by route and status")
                .tag("server", server).tag("method", method).tag("route", route(ctx))
                .tag("status", Integer.toString(status)).register(metrics)
                .record((long) (milliseconds * 1_000_000), TimeUnit.NANOSECONDS);
    }

    /** The matched route's template, e.g. {@code /api/sessions/{id}/messages}; static files and misses grouped. */
    private static String route(Context ctx) {
        try {
            String path = ctx.endpoint().path;
            return path == null || path.isEmpty() ? "other" : path;
        } catch (RuntimeException unmatched) {
            return ctx.statusCode() == 404 ? "not-found" : "static";
        }
    }

    /** The query string with the values of secret parameters replaced by {@code ***}; empty when there is none. */
    static String masked(String query) {
        if (query == null || query.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder("?");
        for (String pair : query.split("&")) {
            if (out.length() > 1) {
                out.append('&');
            }
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            boolean secret;
            try {
                secret = SECRET_PARAMETERS.contains(URLDecoder.decode(name, StandardCharsets.UTF_8)
                        .toLowerCase(Locale.ROOT));
            } catch (IllegalArgumentException malformed) {
                secret = true; // cannot tell what it is: keep its value out
            }
            out.append(name);
            if (equals >= 0) {
                out.append('=').append(secret ? "***" : pair.substring(equals + 1));
            }
            if (out.length() > MAX_LOGGED_QUERY) {
                return out.substring(0, MAX_LOGGED_QUERY) + "…";
            }
        }
        return out.toString();
    }
}
