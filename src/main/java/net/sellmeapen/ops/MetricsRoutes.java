package net.sellmeapen.ops;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.security.MessageDigest;
import java.util.List;
import java.util.Locale;
import net.sellmeapen.security.RandomTokens;
import net.sellmeapen.web.ApiException;

/**
 * {@code GET /metrics} in the Prometheus text format, for a scraper holding the admin token or the
 * metrics token ({@code Authorization: Bearer …} or {@code X-Admin-Token}); tokens are compared as
 * SHA-256 digests in constant time.
 */
public final class MetricsRoutes {

    private static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

    private final Metrics metrics;
    private final List<byte[]> tokenDigests;

    /** @param tokens the tokens that may read the metrics (the admin token, and METRICS_TOKEN when set) */
    public MetricsRoutes(Metrics metrics, List<String> tokens) {
        this.metrics = metrics;
        this.tokenDigests = tokens.stream().map(RandomTokens::sha256).toList();
    }

    public void addTo(RoutesConfig routes) {
        routes.get("/metrics", this::scrape);
    }

    private void scrape(Context ctx) {
        String given = ctx.header("X-Admin-Token");
        String authorization = ctx.header("Authorization");
        if (given == null && authorization != null && authorization.toLowerCase(Locale.ROOT).startsWith("bearer ")) {
            given = authorization.substring("bearer ".length()).strip();
        }
        if (given == null || !allowed(given)) {
            throw new ApiException(HttpStatus.UNAUTHORIZED, "metrics need the admin token or METRICS_TOKEN:"
                    + " send Authorization: Bearer <token>");
        }
        ctx.header("Cache-Control", "no-store").contentType(PROMETHEUS_TEXT).result(metrics.scrape());
    }

    private boolean allowed(String token) {
        byte[] digest = RandomTokens.sha256(token);
        boolean allowed = false;
        for (byte[] expected : tokenDigests) {
            allowed |= MessageDigest.isEqual(expected, digest);
        }
        return allowed;
    }
}
