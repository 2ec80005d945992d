package net.sellmeapen.coaching;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import net.sellmeapen.conversation.Difficulty;
import net.sellmeapen.web.Params;

/** {@code GET /api/model-pitch?difficultyLevel=…}: a strong pitch played offline, annotated line by line. */
public final class CoachingRoutes {

    private final ModelPitch modelPitch;

    public CoachingRoutes(ModelPitch modelPitch) {
        this.modelPitch = modelPitch;
    }

    record PitchResponse(boolean success, ModelPitch.Pitch pitch) {
    }

    public void addTo(RoutesConfig routes) {
        routes.get("/api/model-pitch", this::fetchModelPitch);
    }

    private void fetchModelPitch(Context ctx) {
        Difficulty difficulty = Params.choice(ctx, "difficultyLevel", Difficulty.class).orElse(Difficulty.MEDIUM);
        ctx.json(new PitchResponse(true, modelPitch.at(difficulty)));
    }
}
