package net.sellmeapen.admin;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.sellmeapen.conversation.Difficulty;
import net.sellmeapen.conversation.Category;
import net.sellmeapen.training.Status;
import net.sellmeapen.web.ApiException;

/**
 * The admin panel's HTML pages and the forms that change things, under {@code BASE_PATH/admin};
 * also the guard in front of every admin route, which answers browsers without a token with the
 * login page.
 */
public final class AdminPages {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private final AdminRepository repository;
    private final AdminStatistics statistics;
    private final AdminTokenFilter filter;
    private final AdminViews views;
    private final ObjectMapper mapper;
    private final Clock clock;

    public AdminPages(AdminRepository repository, AdminStatistics statistics, AdminTokenFilter filter,
            AdminViews views, ObjectMapper mapper, Clock clock) {
        this.repository = repository;
        this.statistics = statistics;
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
        routes.get("/admin/trainees", this::showTrainees);
        routes.get("/admin/trainees/{id}/delete", this::confirmDelete);
        routes.get("/admin/statistics", this::showStatistics);
        routes.get("/admin/leaderboard", this::showLeaderboard);
    }

    private void guard(Context ctx) {
        boolean signingIn = ctx.path().endsWith("/admin/login") && ctx.method().name().equals("POST");
        boolean styles = ctx.path().endsWith("/admin/admin.css") && ctx.method().name().equals("GET");
        if (signingIn || styles) {
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
        if (!filter.login(ctx, ctx.formParam("token"))) {
            if (AdminTokenFilter.wantsJson(ctx)) {
                throw new ApiException(HttpStatus.UNAUTHORIZED, "Invalid admin token");
            }
            showLogin(ctx, HttpStatus.UNAUTHORIZED, "That admin token is not valid.");
            return;
        }
        ctx.redirect(ctx.contextPath() + "/admin/sessions", HttpStatus.SEE_OTHER);
    }

    private void styles(Context ctx) throws IOException {
        try (InputStream in = AdminPages.class.getResourceAsStream("/admin/admin.css")) {
            ctx.contentType("text/css; charset=utf-8").result(in.readAllBytes());
        }
    }

    private void showSessions(Context ctx) {
        AdminRepository.Page<AdminRepository.SessionRow> page = repository.sessions(AdminParams.sessionFilter(ctx),
                AdminParams.page(ctx), AdminParams.PAGE_SIZE);
        Map<String, Object> model = views.baseModel(ctx, "sessions");
        model.put("sessions", mapper.convertValue(page.items(), List.class));
        model.put("total", page.total());
        model.put("pageNumber", page.page());
        model.put("pages", page.pages());
        Map<String, Object> filters = new LinkedHashMap<>();
        for (String name : List.of("status", "difficulty", "traineeId", "trainee", "from", "to")) {
            filters.put(name, ctx.queryParam(name) == null ? "" : ctx.queryParam(name));
        }
        model.put("filters", filters);
        model.put("traineeName", page.items().isEmpty() || ctx.queryParam("traineeId") == null ? ""
                : page.items().get(0).trainee());
        model.put("statuses", Arrays.stream(Status.values()).map(Enum::name).toList());
        model.put("difficulties", Arrays.stream(Difficulty.values()).map(Enum::name).toList());
        views.render(ctx, AdminViews.SESSIONS, model);
    }

    private void showSession(Context ctx) {
        AdminRepository.SessionDetail detail = repository.detail(ctx.pathParam("id"));
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

    private void showTrainees(Context ctx) {
        Map<String, Object> model = views.baseModel(ctx, "trainees");
        model.put("trainees", mapper.convertValue(repository.trainees(), List.class));
        views.render(ctx, AdminViews.TRAINEES, model);
    }

    private void confirmDelete(Context ctx) {
        Map<String, Object> model = views.baseModel(ctx, "trainees");
        model.put("trainee", mapper.convertValue(repository.trainee(ctx.pathParam("id")), MAP));
        views.render(ctx, AdminViews.CONFIRM_DELETE, model);
    }

    private void showStatistics(Context ctx) {
        AdminStatistics.Statistics stats = statistics.compute(clock.instant());
        Map<String, Object> model = views.baseModel(ctx, "statistics");
        model.put("stats", mapper.convertValue(stats, MAP));
        model.put("perDayChart", SvgCharts.bars("Sessions per day, last " + AdminStatistics.DAYS + " days",
                stats.sessionsPerDay(), 4, " sessions"));
        model.put("difficultyChart", SvgCharts.bars("Average total score per difficulty",
                stats.averageTotalByDifficulty(), 100, " points"));
        Map<String, Double> categories = new LinkedHashMap<>();
        for (Category category : Category.values()) {
            categories.put(category.label(), stats.averageByCategory().get(category.key()));
        }
        model.put("categoryChart", SvgCharts.bars("Average score per category", categories, 20, " of 20"));
        model.put("distributionChart", SvgCharts.bars("Score distribution", stats.scoreDistribution(), 4,
                " sessions"));
        model.put("saleChart", SvgCharts.bars("Sale rate per difficulty", stats.saleRateByDifficulty(), 100, " %"));
        views.render(ctx, AdminViews.STATISTICS, model);
    }

    private void showLeaderboard(Context ctx) {
        Map<String, Object> model = views.baseModel(ctx, "leaderboard");
        model.put("boards", mapper.convertValue(repository.leaderboards(), MAP));
        views.render(ctx, AdminViews.LEADERBOARD, model);
    }
}
