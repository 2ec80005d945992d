package net.sellmeapen.training;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Arrays;
import java.util.List;
import net.sellmeapen.conversation.Category;
import net.sellmeapen.conversation.Difficulty;
import net.sellmeapen.conversation.Outcome;
import net.sellmeapen.conversation.Product;
import net.sellmeapen.conversation.Turn;
import net.sellmeapen.evaluation.SalesEvaluation;
import net.sellmeapen.trainee.BearerAuth;
import net.sellmeapen.trainee.Trainee;
import net.sellmeapen.web.ApiException;
import net.sellmeapen.web.JsonBodies;
import net.sellmeapen.web.Params;

/** The training API: sessions, completion, history, leaderboard and the difficulty table. */
public final class TrainingRoutes {

    private static final int DEFAULT_HISTORY = 50;
    private static final int DEFAULT_LEADERBOARD = 10;
    private static final int MAX_LIMIT = 200;

    private final TrainingService training;
    private final BearerAuth auth;
    private final JsonBodies bodies;
    private final Product.Brief product;

    /** @param product what every session sells, as the trainee is shown it */
    public TrainingRoutes(TrainingService training, BearerAuth auth, JsonBodies bodies, Product.Brief product) {
        this.training = training;
        this.auth = auth;
        this.bodies = bodies;
        this.product = product;
    }

    record StartRequest(String difficultyLevel, String mode, String drill) {
    }

    record CompleteRequest(JsonNode transcript, JsonNode audioData) {
    }

    record MessageRequest(String text) {
    }

    record MessageResponse(boolean success, Turn message, Turn reply, Outcome outcome, boolean buyerDecided,
            String hint) {
    }

    record SessionResponse(boolean success, TrainingSession session, Product.Brief product) {
    }

    record CompletionResponse(boolean success, TrainingSession session, SalesEvaluation evaluation) {
    }

    record HistoryResponse(boolean success, List<SessionSummary> sessions, Progress progress) {
    }

    record LeaderboardResponse(boolean success, Difficulty difficultyLevel, List<LeaderboardEntry> leaderboard) {
    }

    record Level(Difficulty level, String label, String buyerBehavior, double multiplier) {
    }

    record LevelsResponse(boolean success, List<Level> levels) {
    }

    record ProductResponse(boolean success, Product.Brief product) {
    }

    public void addTo(RoutesConfig routes) {
        routes.post("/api/sessions", this::startSession);
        routes.get("/api/sessions/{id}", this::fetchSession);
        routes.post("/api/sessions/{id}/messages", this::sendMessage);
        routes.post("/api/sessions/{id}/complete", this::completeSession);
        routes.post("/api/sessions/{id}/hints", this::enableHints);
        routes.get("/api/me/sessions", this::fetchHistory);
        routes.get("/api/leaderboard", this::fetchLeaderboard);
        routes.get("/api/difficulty-levels", this::fetchDifficultyLevels);
        routes.get("/api/product", this::fetchProduct);
    }

    private void startSession(Context ctx) {
        Trainee trainee = auth.require(ctx);
        StartRequest request = bodies.readOrDefault(ctx, StartRequest.class, new StartRequest(null, null, null));
        Difficulty difficulty = Params.choice("difficultyLevel", request.difficultyLevel(), Difficulty.class,
                Difficulty.MEDIUM);
        Mode mode = Params.choice("mode", request.mode(), Mode.class, Mode.TEXT);
        Category drill = request.drill() == null ? null : Category.of(request.drill()).orElseThrow(() ->
                ApiException.badRequest("unknown drill '" + request.drill() + "'; use one of " + Arrays.stream(
                        Category.values()).map(Category::key).collect(java.util.stream.Collectors.joining(", "))));
        ctx.status(HttpStatus.CREATED).json(new SessionResponse(true,
                training.start(trainee, difficulty, mode, drill), product));
    }

    private void fetchSession(Context ctx) {
        Trainee trainee = auth.require(ctx);
        ctx.json(new SessionResponse(true, training.get(trainee, ctx.pathParam("id")), product));
    }

    private void sendMessage(Context ctx) {
        Trainee trainee = auth.require(ctx);
        String text = bodies.read(ctx, MessageRequest.class).text();
        if (text == null || text.isBlank()) {
            throw ApiException.badRequest("'text' is required: say something to the buyer");
        }
        if (text.strip().length() > TrainingService.MAX_MESSAGE_LENGTH) {
            throw ApiException.badRequest("'text' must be at most " + TrainingService.MAX_MESSAGE_LENGTH
                    + " characters");
        }
        TrainingService.Exchange exchange = training.say(trainee, ctx.pathParam("id"), text.strip());
        ctx.json(new MessageResponse(true, exchange.message(), exchange.reply(), exchange.outcome(),
                exchange.outcome() != null, exchange.hint()));
    }

    private void completeSession(Context ctx) {
        Trainee trainee = auth.require(ctx);
        CompleteRequest request = bodies.readOrDefault(ctx, CompleteRequest.class, new CompleteRequest(null, null));
        boolean audioSent = request.audioData() != null && !request.audioData().isNull();
        TrainingService.Completion completion = training.complete(trainee, ctx.pathParam("id"), request.transcript(),
                audioSent);
        ctx.json(new CompletionResponse(true, completion.session(), completion.evaluation()));
    }

    private void enableHints(Context ctx) {
        Trainee trainee = auth.require(ctx);
        ctx.json(new SessionResponse(true, training.enableHints(trainee, ctx.pathParam("id")), product));
    }

    private void fetchHistory(Context ctx) {
        Trainee trainee = auth.require(ctx);
        TrainingService.History history = training.history(trainee, limit(ctx, DEFAULT_HISTORY));
        ctx.json(new HistoryResponse(true, history.sessions(), history.progress()));
    }

    private void fetchLeaderboard(Context ctx) {
        Difficulty difficulty = Params.choice(ctx, "difficultyLevel", Difficulty.class).orElse(null);
        ctx.json(new LeaderboardResponse(true, difficulty,
                training.leaderboard(difficulty, limit(ctx, DEFAULT_LEADERBOARD))));
    }

    private void fetchDifficultyLevels(Context ctx) {
        List<Level> levels = Arrays.stream(Difficulty.values())
                .map(level -> new Level(level, level.label(), level.buyerBehavior(), level.multiplier()))
                .toList();
        ctx.json(new LevelsResponse(true, levels));
    }

    private void fetchProduct(Context ctx) {
        ctx.json(new ProductResponse(true, product));
    }

    private static int limit(Context ctx, int fallback) {
        return Params.integer(ctx, "limit", fallback, 1, MAX_LIMIT);
    }
}
