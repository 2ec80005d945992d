package net.sellmeapen.trainee;

import io.javalin.http.Context;
import java.util.Locale;
import net.sellmeapen.errors.NotSignedInException;

/** Recognises the trainee behind a request from its {@code Authorization: Bearer <token>} header. */
public final class BearerAuth {

    private final TraineeService trainees;

    public BearerAuth(TraineeService trainees) {
        this.trainees = trainees;
    }

    /** The calling trainee; a missing, malformed, unknown, revoked or expired token is a 401. */
    public Trainee require(Context ctx) {
        return trainees.authenticate(token(ctx));
    }

    /** The bearer token the request carries; missing or malformed is a 401. */
    static String token(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null || header.isBlank()) {
            throw new NotSignedInException("sign in first: send Authorization: Bearer <token> with the token from"
                    + " POST /api/users or POST /api/auth/sign-in");
        }
        String[] parts = header.strip().split("\\s+", 2);
        if (parts.length != 2 || !parts[0].toLowerCase(Locale.ROOT).equals("bearer") || parts[1].isBlank()) {
            throw new NotSignedInException("the Authorization header must be 'Bearer <token>'");
        }
        return parts[1].strip();
    }
}
