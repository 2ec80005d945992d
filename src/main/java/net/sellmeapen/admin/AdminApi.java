package net.sellmeapen.admin;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Clock;

/** The admin panel's JSON twins of its pages, and the CSV and JSON exports of every session. */
public final class AdminApi {

    private final AdminRepository repository;
    private final AdminStatistics statistics;
    private final Clock clock;

    public AdminApi(AdminRepository repository, AdminStatistics statistics, Clock clock) {
        this.repository = repository;
        this.statistics = statistics;
        this.clock = clock;
    }

    void addTo(RoutesConfig routes) {
        routes.get("/admin/api/sessions", ctx -> ctx.json(repository.sessions(AdminParams.sessionFilter(ctx), AdminParams.page(ctx),
                AdminParams.PAGE_SIZE)));
        routes.get("/admin/api/sessions/{id}", ctx -> ctx.json(repository.detail(ctx.pathParam("id"))));
        routes.get("/admin/api/trainees", ctx -> ctx.json(repository.trainees()));
        routes.get("/admin/api/statistics", ctx -> ctx.json(statistics.compute(clock.instant())));
        routes.get("/admin/api/leaderboard", ctx -> ctx.json(repository.leaderboards()));
        routes.get("/admin/export/sessions.csv", this::exportCsv);
        routes.get("/admin/export/sessions.json", ctx -> ctx.json(repository.allSessions()));
    }

    private void exportCsv(Context ctx) {
        ctx.header("Content-Disposition", "attachment; filename=\"sessions.csv\"");
        ctx.contentType("text/csv; charset=utf-8").result(CsvExport.sessions(repository.allSessions()));
    }
}
