package net.sellmeapen.admin;

import io.javalin.http.Context;
import net.sellmeapen.conversation.Difficulty;
import net.sellmeapen.training.Status;
import net.sellmeapen.web.Params;

/** The query parameters the session list understands, shared by its page and its JSON twin. */
final class AdminParams {

    static final int PAGE_SIZE = 25;
    private static final int MAX_PAGE = 100_000;

    private AdminParams() {
    }

    /** {@code status, difficulty, trainee, from, to}; absent ones do not filter. */
    static AdminRepository.SessionFilter sessionFilter(Context ctx) {
        return new AdminRepository.SessionFilter(
                Params.choice(ctx, "status", Status.class).orElse(null),
                Params.choice(ctx, "difficulty", Difficulty.class).orElse(null),
                ctx.queryParam("trainee"),
                Params.date(ctx, "from").orElse(null),
                Params.date(ctx, "to").orElse(null));
    }

    /** {@code page}, from 1. */
    static int page(Context ctx) {
        return Params.integer(ctx, "page", 1, 1, MAX_PAGE);
    }
}
