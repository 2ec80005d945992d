package net.sellmeapen.ops;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@code GET /health}: the process is up and answering (liveness; nothing else is consulted, so a
 * slow database never gets a healthy process restarted). {@code GET /health/ready}: every check
 * passes (readiness: 200, else 503), each named with its state and no secret.
 */
public final class HealthRoutes {

    /** One readiness check: its name, and what it reports ({@code ok} true when it passes). */
    public record Check(String name, Supplier<Status> status) {
    }

    /** A check's result: whether it passes and a word or two on why. */
    public record Status(boolean ok, String detail) {

        public static Status of(boolean ok, String okDetail, String failDetail) {
            return new Status(ok, ok ? okDetail : failDetail);
        }
    }

    record Alive(boolean success, String status) {
    }

    record Ready(boolean success, String status, Map<String, Status> checks) {
    }

    private final List<Check> checks;

    public HealthRoutes(List<Check> checks) {
        this.checks = List.copyOf(checks);
    }

    public void addTo(RoutesConfig routes) {
        routes.get("/health", ctx -> ctx.header("Cache-Control", "no-store").json(new Alive(true, "ok")));
        routes.get("/health/ready", this::ready);
    }

    private void ready(Context ctx) {
        Map<String, Status> results = new LinkedHashMap<>();
        boolean ready = true;
        for (Check check : checks) {
            Status status;
            try {
                status = check.status().get();
            } catch (RuntimeException e) {
                status = new Status(false, "check failed");
            }
            results.put(check.name(), status);
            ready &= status.ok();
        }
        ctx.header("Cache-Control", "no-store").status(ready ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE)
                .json(new Ready(ready, ready ? "ready" : "not ready", results));
    }
}
