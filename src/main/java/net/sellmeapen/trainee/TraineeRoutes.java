package net.sellmeapen.trainee;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import net.sellmeapen.web.JsonBodies;

/** {@code POST /api/users}: registration. */
public final class TraineeRoutes {

    private final TraineeService trainees;
    private final JsonBodies bodies;

    public TraineeRoutes(TraineeService trainees, JsonBodies bodies) {
        this.trainees = trainees;
        this.bodies = bodies;
    }

    record RegisterRequest(String name, String email) {
    }

    record RegisterResponse(boolean success, Trainee user, String token) {
    }

    public void addTo(RoutesConfig routes) {
        routes.post("/api/users", this::register);
    }

    private void register(Context ctx) {
        RegisterRequest request = bodies.read(ctx, RegisterRequest.class);
        TraineeService.Registration registration = trainees.register(request.name(), request.email());
        ctx.status(HttpStatus.CREATED).json(new RegisterResponse(true, registration.user(), registration.token()));
    }
}
