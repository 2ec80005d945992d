package net.sellmeapen.voice;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import net.sellmeapen.trainee.BearerAuth;
import net.sellmeapen.trainee.Trainee;
import net.sellmeapen.training.Mode;
import net.sellmeapen.training.Status;
import net.sellmeapen.training.TrainingService;
import net.sellmeapen.training.TrainingSession;
import net.sellmeapen.web.ApiException;

/** {@code GET /api/config} (is voice available, and why not) and {@code POST /api/sessions/{id}/voice-ticket}. */
public final class VoiceRoutes {

    private final VoiceSettings settings;
    private final TrainingService training;
    private final BearerAuth auth;
    private final VoiceTickets tickets;
    private final VoiceGateway gateway;

    public VoiceRoutes(VoiceSettings settings, TrainingService training, BearerAuth auth, VoiceTickets tickets,
            VoiceGateway gateway) {
        this.settings = settings;
        this.training = training;
        this.auth = auth;
        this.tickets = tickets;
        this.gateway = gateway;
    }

    record VoiceStatus(boolean available, String reason) {
    }

    record ConfigResponse(boolean success, VoiceStatus voice) {
    }

    record TicketResponse(boolean success, String ticket, long expiresInSeconds, String path) {
    }

    public void addTo(RoutesConfig routes) {
        routes.get("/api/config", this::fetchConfig);
        routes.post("/api/sessions/{id}/voice-ticket", this::issueTicket);
        gateway.addTo(routes);
    }

    private VoiceStatus status() {
        return settings.available() ? new VoiceStatus(true, null)
                : new VoiceStatus(false, TrainingService.VOICE_UNAVAILABLE);
    }

    private void fetchConfig(Context ctx) {
        ctx.json(new ConfigResponse(true, status()));
    }

    private void issueTicket(Context ctx) {
        Trainee trainee = auth.require(ctx);
        TrainingSession session = training.get(trainee, ctx.pathParam("id"));
        if (!settings.available()) {
            throw new ApiException(HttpStatus.SERVICE_UNAVAILABLE, status().reason());
        }
        if (session.mode() != Mode.VOICE) {
            throw ApiException.conflict("this is a text session; start a session with mode VOICE to talk");
        }
        if (session.status() != Status.IN_PROGRESS || session.outcome() != null) {
            throw ApiException.conflict("this session is finished or the buyer has decided; end it to get your"
                    + " scorecard");
        }
        String ticket = tickets.issue(trainee, session.id());
        ctx.json(new TicketResponse(true, ticket, VoiceTickets.LIFETIME.toSeconds(),
                "ws/sessions/" + session.id() + "/voice?ticket=" + ticket));
    }
}
