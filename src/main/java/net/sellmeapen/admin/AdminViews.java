package net.sellmeapen.admin;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import net.sellmeapen.web.ErrorPage;

/** Renders the admin pages with Pebble: autoescaping and strict variables on, one base layout. */
public final class AdminViews {

    static final String SESSIONS = "admin/sessions.peb";
    static final String SESSION = "admin/session.peb";
    static final String TRAINEES = "admin/trainees.peb";
    static final String STATISTICS = "admin/statistics.peb";
    static final String LEADERBOARD = "admin/leaderboard.peb";
    static final String LOGIN = "admin/login.peb";
    static final String CONFIRM_DELETE = "admin/confirm-delete.peb";
    static final String RESET_CODE = "admin/reset-code.peb";
    static final String ERROR = "admin/error.peb";

    private final PebbleEngine engine;
    private final String basePath;
    private final AdminTokenFilter filter;

    public AdminViews(String basePath, AdminTokenFilter filter) {
        ClasspathLoader loader = new ClasspathLoader();
        loader.setPrefix("templates");
        this.engine = new PebbleEngine.Builder().loader(loader).autoEscaping(true).strictVariables(true)
                .cacheActive(true).build();
        this.basePath = basePath;
        this.filter = filter;
    }

    /** What every page needs: where the admin lives, the form token, and which page is current. */
    Map<String, Object> baseModel(Context ctx, String page) {
        Map<String, Object> model = new HashMap<>();
        model.put("admin", basePath + "/admin");
        model.put("csrf", filter.formToken(ctx));
        model.put("page", page);
        model.put("message", ctx.queryParam("done") == null ? "" : ctx.queryParam("done"));
        return model;
    }

    /** Errors for a browser as a page in the admin's layout; API and export clients keep the JSON. */
    ErrorPage errorPage() {
        return new ErrorPage() {
            @Override
            public boolean wanted(Context ctx) {
                return !AdminTokenFilter.wantsJson(ctx);
            }

            @Override
            public void render(Context ctx, HttpStatus status, String message) {
                Map<String, Object> model = baseModel(ctx, "");
                model.put("status", status.getCode());
                model.put("title", status.getMessage());
                model.put("error", message);
                AdminViews.this.render(ctx, ERROR, model);
            }
        };
    }

    void render(Context ctx, String template, Map<String, Object> model) {
        StringWriter out = new StringWriter();
        try {
            engine.getTemplate(template).evaluate(out, model);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ctx.contentType("text/html; charset=utf-8").result(out.toString());
    }
}
