package net.sellmeapen.trainee;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Duration;
import net.sellmeapen.errors.LimitReachedException;
import net.sellmeapen.security.RateLimiter;
import net.sellmeapen.security.WindowLimiter;
import net.sellmeapen.web.JsonBodies;

/** Registration, signing in and out, the trainee's own account, passwords and reset codes. */
public final class TraineeRoutes {

    private final TraineeService trainees;
    private final Accounts accounts;
    private final BearerAuth auth;
    private final JsonBodies bodies;
    private final RateLimiter registrations;

    /** Client addresses whose registrations are counted at once; the least recent forgotten first. */
    static final int MAX_ADDRESSES_COUNTED = 10_000;

    /** @param registrationsPerHour accounts one client address may create in any hour */
    public TraineeRoutes(TraineeService trainees, Accounts accounts, BearerAuth auth, JsonBodies bodies,
            int registrationsPerHour, RateLimiter.Factory limiters) {
        this.registrations = limiters.create("registrations", registrationsPerHour, Duration.ofHours(1),
                MAX_ADDRESSES_COUNTED);
        this.trainees = trainees;
        this.accounts = accounts;
        this.auth = auth;
        this.bodies = bodies;
    }

    record RegisterRequest(String name, String email, String password) {
    }

    record SignInRequest(String email, String name, String password) {
    }

    record PasswordRequest(String password, String currentPassword) {
    }

    record ResetRequest(String code, String password) {
    }

    record SignedIn(boolean success, Trainee user, String token) {
    }

    record UserResponse(boolean success, Trainee user) {
    }

    record Done(boolean success) {
    }

    public void addTo(RoutesConfig routes) {
        routes.post("/api/users", this::register);
        routes.post("/api/auth/sign-in", this::signIn);
        routes.post("/api/auth/sign-out", this::signOut);
        routes.post("/api/auth/reset", this::reset);
        routes.get("/api/me", this::me);
        routes.put("/api/me/password", this::changePassword);
    }

    private void register(Context ctx) {
        RegisterRequest request = bodies.read(ctx, RegisterRequest.class);
        registrations.tryAcquire(ctx.ip()).ifPresent(wait -> {
            throw new LimitReachedException("too many new accounts from your network in the last hour; sign in to"
                    + " an existing one, or try again in " + WindowLimiter.describe(wait), wait);
        });
        TraineeService.Registration registration = trainees.register(request.name(), request.email(),
                request.password());
        ctx.status(HttpStatus.CREATED).json(new SignedIn(true, registration.user(), registration.token()));
    }

    private void signIn(Context ctx) {
        SignInRequest request = bodies.read(ctx, SignInRequest.class);
        Accounts.SignIn signIn = accounts.signIn(request.email(), request.name(), request.password(),
                ctx.ip());
        ctx.json(new SignedIn(true, signIn.user(), signIn.token()));
    }

    private void signOut(Context ctx) {
        auth.require(ctx);
        accounts.signOut(BearerAuth.token(ctx));
        ctx.json(new Done(true));
    }

    private void reset(Context ctx) {
        ResetRequest request = bodies.read(ctx, ResetRequest.class);
        Accounts.SignIn signIn = accounts.reset(request.code(), request.password(), ctx.ip());
        ctx.json(new SignedIn(true, signIn.user(), signIn.token()));
    }

    private void me(Context ctx) {
        ctx.json(new UserResponse(true, auth.require(ctx)));
    }

    private void changePassword(Context ctx) {
        Trainee trainee = auth.require(ctx);
        PasswordRequest request = bodies.read(ctx, PasswordRequest.class);
        ctx.json(new UserResponse(true, accounts.changePassword(trainee, BearerAuth.token(ctx), request.password(),
                request.currentPassword(), ctx.ip())));
    }
}
