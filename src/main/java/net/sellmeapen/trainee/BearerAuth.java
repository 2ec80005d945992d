package net.sellmeapen.trainee;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Locale;
import net.sellmeapen.web.ApiException;

/** Recognises the trainee behind a request from its {@code Authorization: Bearer <token>} header. */
public final class BearerAuth {

    private final TraineeService trainees;

    public BearerAuth(TraineeService trainees) {
        this.trainees = trainees;
    }

    /** The calling trainee; a missing, malformed or unknown token is a 401. */
    public Trainee require(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null || header.isBlank()) {
            throw unauthorized("sign in first: send Authorization: Bearer <token> with the token from POST /api/users");
        }
        String[] parts = header.strip().split("\\s+", 2);
        if (parts.length != 2 || !parts[0].toLowerCase(Locale.ROOT).equals("bearer") || parts[1].isBlank()) {
            throw unauthorized("the Authorization header must be 'Bearer <token>'");
        }
        return trainees.findByToken(parts[1].strip())
                .orElseThrow(() -> unauthorized("this token is not valid; register again to get a new one"));
    }

    private static ApiException unauthorized(String message) {
        return new ApiException(HttpStatus.UNAUTHORIZED, message);
    }
}
