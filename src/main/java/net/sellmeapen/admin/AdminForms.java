package net.sellmeapen.admin;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import net.sellmeapen.trainee.Accounts;

/**
 * The admin forms that change things, each a POST that needs the signed-in browser's form token
 * (checked by the guard): mark a session abandoned, write a coaching note, issue a reset code,
 * delete a trainee.
 */
public final class AdminForms {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private final AdminRepository repository;
    private final Moderation moderation;
    private final Accounts accounts;
    private final AdminViews views;
    private final ObjectMapper mapper;
    private final Clock clock;

    public AdminForms(AdminRepository repository, Moderation moderation, Accounts accounts, AdminViews views,
            ObjectMapper mapper, Clock clock) {
        this.repository = repository;
        this.moderation = moderation;
        this.accounts = accounts;
        this.views = views;
        this.mapper = mapper;
        this.clock = clock;
    }

    void addTo(RoutesConfig routes) {
        routes.post("/admin/sessions/{id}/abandon", this::abandonSession);
        routes.post("/admin/sessions/{id}/note", this::saveNote);
        routes.post("/admin/trainees/{id}/reset-code", this::issueResetCode);
        routes.post("/admin/trainees/{id}/delete", this::deleteTrainee);
    }

    private void abandonSession(Context ctx) {
        String id = ctx.pathParam("id");
        moderation.abandon(id);
        done(ctx, "/admin/sessions/" + id, "Marked abandoned");
    }

    private void saveNote(Context ctx) {
        String id = ctx.pathParam("id");
        String note = ctx.formParam("note");
        moderation.note(id, note, clock.instant());
        done(ctx, "/admin/sessions/" + id, note == null || note.isBlank() ? "Note removed" : "Note saved");
    }

    /** Shows the new code once, on this page only: it is stored as a hash and never shown again. */
    private void issueResetCode(Context ctx) {
        AdminRepository.TraineeRow trainee = repository.trainee(ctx.pathParam("id"));
        Accounts.ResetCode code = accounts.issueResetCode(trainee.id());
        Map<String, Object> model = views.baseModel(ctx, "trainees");
        model.put("trainee", mapper.convertValue(trainee, MAP));
        model.put("code", code.code());
        model.put("expiresAt", code.expiresAt().toString());
        model.put("hours", Accounts.RESET_CODE_LIFETIME.toHours());
        views.render(ctx, AdminViews.RESET_CODE, model);
    }

    private void deleteTrainee(Context ctx) {
        moderation.deleteTrainee(ctx.pathParam("id"), ctx.formParam("confirm"));
        done(ctx, "/admin/trainees", "Trainee deleted");
    }

    private static void done(Context ctx, String path, String message) {
        ctx.redirect(ctx.contextPath().replaceAll("/$", "") + path + "?done="
                + URLEncoder.encode(message, StandardCharsets.UTF_8), HttpStatus.SEE_OTHER);
    }
}
