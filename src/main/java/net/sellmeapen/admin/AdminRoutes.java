package net.sellmeapen.admin;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.sellmeapen.evaluation.Category;
import net.sellmeapen.training.Difficulty;
import net.sellmeapen.training.LeaderboardEntry;
import net.sellmeapen.training.Status;
import net.sellmeapen.training.TrainingService;
import net.sellmeapen.training.TrainingSession;
import net.sellmeapen.web.ApiException;

/** The admin panel's pages, JSON API, exports and actions, all under {@code BASE_PATH/admin}. */
final class AdminRoutes {

    private static final int PAGE_SIZE = 25;
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private final AdminRepository repository;
    private final TrainingService training;
    private final AdminTokenFilter filter;
    private final AdminViews views;
    private final ObjectMapper mapper;
    private final Clock clock;

    AdminRoutes(AdminRepository repository, TrainingService training, AdminTokenFilter filter, AdminViews views,
            ObjectMapper mapper, Clock clock) {
        this.repository = repository;
        this.training = training;
        this.filter = filter;
        this.views = views;
        this.mapper = mapper;
        this.clock = clock;
    }

    void addTo(RoutesConfig routes) {
        routes.before("/admin", this::guard);
        routes.before("/admin/*", this::guard);
        routes.get("/admin", ctx -> ctx.redirect(ctx.contextPath() + "/admin/sessions", HttpStatus.FOUND));
        routes.post("/admin/login", this::login);
        routes.get("/admin/admin.css", this::styles);
        routes.get("/admin/sessions", this::showSessions);
        routes.get("/admin/sessions/{id}", this::showSession);
        routes.post("/admin/sessions/{id}/abandon", this::abandonSession);
        routes.get("/admin/trainees", this::showTrainees);
        routes.get("/admin/trainees/{id}/delete", this::confirmDelete);
        routes.post("/admin/trainees/{id}/delete", this::deleteTrainee);
        routes.get("/admin/statistics", this::showStatistics);
        routes.get("/admin/leaderboard", this::showLeaderboard);
        routes.get("/admin/export/sessions.csv", this::exportCsv);
        routes.get("/admin/export/sessions.json", ctx -> ctx.json(repository.allSessions()));
        routes.get("/admin/api/sessions", ctx -> ctx.json(sessionsPage(ctx)));
        routes.get("/admin/api/sessions/{id}", ctx -> ctx.json(detail(ctx)));
        routes.get("/admin/api/trainees", ctx -> ctx.json(repository.trainees()));
        routes.get("/admin/api/statistics", ctx -> ctx.json(repository.statistics(clock.instant())));
        routes.get("/admin/api/leaderboard", ctx -> ctx.json(leaderboards()));
    }

    /** The token filter, answering browsers without a valid token with the login page. */
    private void guard(Context ctx) {
        if (ctx.path().endsWith("/admin/login") && ctx.method().name().equals("POST")) {
            return;
        }
        try {
            filter.check(ctx);
        } catch (ApiException e) {
            if (e.status() == HttpStatus.UNAUTHORIZED && !AdminTokenFilter.wantsJson(ctx)) {
                showLogin(ctx, HttpStatus.UNAUTHORIZED, ctx.queryParam("token") != null || ctx.cookie(
                        AdminTokenFilter.COOKIE) != null ? "That admin token is not valid." : "");
                ctx.skipRemainingHandlers();
                return;
            }
            throw e;
        }
    }

    private void showLogin(Context ctx, HttpStatus status, String error) {
        Map<String, Object> model = views.baseModel(ctx, "login");
        model.put("error", error);
        ctx.status(status);
        views.render(ctx, AdminViews.LOGIN, model);
    }

    private void login(Context ctx) {
        if (!filter.enabled()) {
            throw new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "admin is disabled: set ADMIN_TOKEN (at least "
                    + AdminTokenFilter.MIN_TOKEN_LENGTH + " characters)");
        }
        if (!filter.login(ctx, ctx.formParam("token"))) {
            if (AdminTokenFilter.wantsJson(ctx)) {
                throw new ApiException(HttpStatus.UNAUTHORIZED, "Invalid admin token");
            }
            showLogin(ctx, HttpStatus.UNAUTHORIZED, "That admin token is not valid.");
            return;
        }
        ctx.redirect(ctx.contextPath() + "/admin/sessions", HttpStatus.SEE_OTHER);
    }

    private void styles(Context ctx) throws java.io.IOException {
        try (var in = AdminRoutes.class.getResourceAsStream("/admin/admin.css")) {
            ctx.contentType("text/css; charset=utf-8").result(in.readAllBytes());
        }
    }

    // ---- sessions ----

    private AdminRepository.Page<AdminRepository.SessionRow> sessionsPage(Context ctx) {
        AdminRepository.SessionFilter filterValues = new AdminRepository.SessionFilter(
                blank(ctx.queryParam("status")) ? null : status(ctx.queryParam("status")),
                blank(ctx.queryParam("difficulty")) ? null : Difficulty.parse(ctx.queryParam("difficulty")),
                ctx.queryParam("trainee"),
                date(ctx, "from"), date(ctx, "to"));
        return repository.sessions(filterValues, page(ctx), PAGE_SIZE);
    }

    private void showSessions(Context ctx) {
        AdminRepository.Page<AdminRepository.SessionRow> page = sessionsPage(ctx);
        Map<String, Object> model = views.baseModel(ctx, "sessions");
        model.put("sessions", mapper.convertValue(page.items(), List.class));
        model.put("total", page.total());
        model.put("pageNumber", page.page());
        model.put("pages", page.pages());
        Map<String, Object> filters = new LinkedHashMap<>();
        for (String name : List.of("status", "difficulty", "trainee", "from", "to")) {
            filters.put(name, ctx.queryParam(name) == null ? "" : ctx.queryParam(name));
        }
        model.put("filters", filters);
        model.put("statuses", List.of("IN_PROGRESS", "COMPLETED", "ABANDONED"));
        model.put("difficulties", List.of("EASY", "MEDIUM", "HARD", "EXPERT"));
        views.render(ctx, AdminViews.SESSIONS, model);
    }

    private AdminRepository.SessionDetail detail(Context ctx) {
        String id = ctx.pathParam("id");
        AdminRepository.SessionRow row = repository.sessionRow(id)
                .orElseThrow(() -> ApiException.notFound("no training session with id '" + id + "'"));
        TrainingSession session = training.find(id)
                .orElseThrow(() -> ApiException.notFound("no training session with id '" + id + "'"));
        return new AdminRepository.SessionDetail(row, session.turns(), session.evaluation());
    }

    private void showSession(Context ctx) {
        AdminRepository.SessionDetail detail = detail(ctx);
        Map<String, Object> model = views.baseModel(ctx, "sessions");
        model.put("session", mapper.convertValue(detail.session(), MAP));
        model.put("turns", mapper.convertValue(detail.turns(), List.class));
        model.put("evaluation", detail.evaluation() == null ? Map.of() : mapper.convertValue(detail.evaluation(), MAP));
        model.put("scored", detail.evaluation() != null);
        Map<String, String> labels = new LinkedHashMap<>();
        for (Category category : Category.values()) {
            labels.put(category.key(), category.label());
        }
        model.put("labels", labels);
        views.render(ctx, AdminViews.SESSION, model);
    }

    private void abandonSession(Context ctx) {
        String id = ctx.pathParam("id");
        detail(ctx);
        if (!repository.abandon(id)) {
            throw ApiException.conflict("only a session in progress can be marked abandoned");
        }
        ctx.redirect(ctx.contextPath() + "/admin/sessions/" + id + "?done=Marked+abandoned", HttpStatus.SEE_OTHER);
    }

    // ---- trainees ----

    private void showTrainees(Context ctx) {
        Map<String, Object> model = views.baseModel(ctx, "trainees");
        model.put("trainees", mapper.convertValue(repository.trainees(), List.class));
        views.render(ctx, AdminViews.TRAINEES, model);
    }

    private AdminRepository.TraineeRow trainee(Context ctx) {
        return repository.trainee(ctx.pathParam("id"))
                .orElseThrow(() -> ApiException.notFound("no trainee with id '" + ctx.pathParam("id") + "'"));
    }

    private void confirmDelete(Context ctx) {
        Map<String, Object> model = views.baseModel(ctx, "trainees");
        model.put("trainee", mapper.convertValue(trainee(ctx), MAP));
        views.render(ctx, AdminViews.CONFIRM_DELETE, model);
    }

    private void deleteTrainee(Context ctx) {
        trainee(ctx);
        if (!"DELETE".equals(ctx.formParam("confirm"))) {
            throw ApiException.badRequest("type DELETE to confirm");
        }
        repository.deleteTrainee(ctx.pathParam("id"));
        ctx.redirect(ctx.contextPath() + "/admin/trainees?done=Trainee+deleted", HttpStatus.SEE_OTHER);
    }

    // ---- statistics, leaderboard, exports ----

    private void showStatistics(Context ctx) {
        AdminRepository.Statistics stats = repository.statistics(clock.instant());
        Map<String, Object> model = views.baseModel(ctx, "statistics");
        model.put("stats", mapper.convertValue(stats, MAP));
        model.put("perDayChart", SvgCharts.bars("Sessions per day, last 30 days", stats.sessionsPerDay(), 4, " sessions"));
        model.put("difficultyChart", SvgCharts.bars("Average total score per difficulty",
                stats.averageTotalByDifficulty(), 100, " points"));
        Map<String, Double> categories = new LinkedHashMap<>();
        stats.averageByCategory().forEach((key, value) -> categories.put(label(key), value));
        model.put("categoryChart", SvgCharts.bars("Average score per category", categories, 20, " of 20"));
        model.put("distributionChart", SvgCharts.bars("Score distribution", stats.scoreDistribution(), 4,
                " sessions"));
        model.put("saleChart", SvgCharts.bars("Sale rate per difficulty", stats.saleRateByDifficulty(), 100, " %"));
        views.render(ctx, AdminViews.STATISTICS, model);
    }

    private static String label(String key) {
        for (Category category : Category.values()) {
            if (category.key().equals(key)) {
                return category.label();
            }
        }
        return key;
    }

    private Map<String, List<LeaderboardEntry>> leaderboards() {
        Map<String, List<LeaderboardEntry>> boards = new LinkedHashMap<>();
        boards.put("OVERALL", training.leaderboard(null, 100));
        for (Difficulty level : Difficulty.values()) {
            boards.put(level.name(), training.leaderboard(level, 100));
        }
        return boards;
    }

    private void showLeaderboard(Context ctx) {
        Map<String, Object> model = views.baseModel(ctx, "leaderboard");
        model.put("boards", mapper.convertValue(leaderboards(), MAP));
        views.render(ctx, AdminViews.LEADERBOARD, model);
    }

    private void exportCsv(Context ctx) {
        ctx.header("Content-Disposition", "attachment; filename=\"sessions.csv\"");
        ctx.contentType("text/csv; charset=utf-8").result(CsvExport.sessions(repository.allSessions()));
    }

    // ---- parameters ----

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static Status status(String text) {
        try {
            return Status.valueOf(text.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("unknown status '" + text + "'; use IN_PROGRESS, COMPLETED or ABANDONED");
        }
    }

    private static LocalDate date(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (blank(value)) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("'" + name + "' must be a date such as 2026-11-28");
        }
    }

    private static int page(Context ctx) {
        String value = ctx.queryParam("page");
        if (blank(value)) {
            return 1;
        }
        try {
            int page = Integer.parseInt(value.strip());
            if (page >= 1 && page <= 100_000) {
                return page;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw ApiException.badRequest("'page' must be a whole number from 1");
    }
}
