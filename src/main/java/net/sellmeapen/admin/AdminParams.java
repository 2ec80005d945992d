package net.sellmeapen.admin;

import io.javalin.http.Context;
import net.sellmeapen.errors.InvalidInputException;
import net.sellmeapen.conversation.Difficulty;
import net.sellmeapen.training.Status;
import net.sellmeapen.web.Params;

/** The query parameters the session list understands, shared by its page and its JSON twin. */
final class AdminParams {

    static final int PAGE_SIZE = 25;
    private static final int MAX_PAGE = 100_000;

    private AdminParams() {
    }

    /** {@code status, difficulty, traineeId, trainee (name contains), from, to}; absent ones do not filter. */
    static AdminRepository.SessionFilter sessionFilter(Context ctx) {
        String traineeId = ctx.queryParam("traineeId");
        if (traineeId != null && !traineeId.isEmpty() && !traineeId.matches("[A-Za-z0-9_-]{1,64}")) {
            throw new InvalidInputException("'traineeId' must be a trainee's id, such as the one in the trainee list");
        }
        return new AdminRepository.SessionFilter(
                Params.choice(ctx, "status", Status.class).orElse(null),
                Params.choice(ctx, "difficulty", Difficulty.class).orElse(null),
                traineeId == null || traineeId.isEmpty() ? null : traineeId,
                ctx.queryParam("trainee"),
                Params.date(ctx, "from").orElse(null),
                Params.date(ctx, "to").orElse(null));
    }

    /** {@code page}, from 1. */
    static int page(Context ctx) {
        return Params.integer(ctx, "page", 1, 1, MAX_PAGE);
    }
}
