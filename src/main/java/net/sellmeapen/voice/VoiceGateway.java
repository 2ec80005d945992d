package net.sellmeapen.voice;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.websocket.WsContext;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import net.sellmeapen.buyer.BuyerPersona;
import net.sellmeapen.training.Mode;
import net.sellmeapen.training.Status;
import net.sellmeapen.training.TrainingService;
import net.sellmeapen.training.TrainingSession;
import net.sellmeapen.web.ApiException;
import net.sellmeapen.web.TrustedProxies;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The browser's voice WebSocket, {@code BASE_PATH/ws/sessions/{id}/voice?ticket=…}: checks the
 * Origin before the upgrade and the ticket, session and limits before any upstream connection,
 * then hands the socket to a {@link VoiceSession}.
 */
public final class VoiceGateway implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(VoiceGateway.class);

    /** Path of the voice WebSocket under the base path. */
    public static final String PATH = "/ws/sessions/{id}/voice";

    private final VoiceSettings settings;
    private final VoiceMetrics metrics;
    private final TrustedProxies proxies;
    private final TrainingService training;
    private final BuyerPersona persona;
    private final VoiceTickets tickets;
    private final ObjectMapper mapper;
    private final RealtimeEvents events;
    private final Map<String, VoiceSession> live = new ConcurrentHashMap<>();
    private final ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "voice-timers");
        thread.setDaemon(true);
        return thread;
    });

    public VoiceGateway(VoiceSettings settings, TrainingService training, VoiceTickets tickets, BuyerPersona persona,
            ObjectMapper mapper, VoiceMetrics metrics, TrustedProxies proxies) {
        this.settings = settings;
        this.metrics = metrics;
        this.proxies = proxies;
        this.training = training;
        this.persona = persona;
        this.tickets = tickets;
        this.mapper = mapper;
        this.events = new RealtimeEvents(mapper);
        long every = RealtimeUpstream.CONNECTION_LOST_NANOS / 2;
        timers.scheduleWithFixedDelay(this::keepAlive, every, every, TimeUnit.NANOSECONDS);
    }

    /** One timer for every upstream's liveness check, where the library would start a thread per connection. */
    private void keepAlive() {
        long now = System.nanoTime();
        for (VoiceSession session : live.values()) {
            try {
                session.keepAlive(now);
            } catch (RuntimeException e) {
                LOG.warn("voice keep-alive failed: {}", e.getClass().getSimpleName());
            }
        }
    }

    void addTo(RoutesConfig routes) {
        routes.wsBeforeUpgrade(PATH, this::checkOrigin);
        routes.ws(PATH, ws -> {
            ws.onConnect(this::connect);
            ws.onMessage(ctx -> {
                VoiceSession session = live.get(ctx.sessionId());
                if (session != null) {
                    session.fromBrowser(ctx.message());
                }
            });
            ws.onBinaryMessage(ctx -> {
                VoiceSession session = live.get(ctx.sessionId());
                if (session != null) {
                    session.audioFromBrowser(ctx.data());
                }
            });
            ws.onClose(ctx -> disconnected(ctx.sessionId()));
            ws.onError(ctx -> disconnected(ctx.sessionId()));
        });
    }

    /** Voice sessions live right now. */
    public int liveSessions() {
        return live.size();
    }

    private void checkOrigin(Context ctx) {
        String origin = ctx.header("Origin");
        if (origin == null) {
            return; // not a browser: browsers always send Origin on a WebSocket upgrade
        }
        String normalised = origin.strip().toLowerCase(Locale.ROOT);
        boolean allowed = settings.allowedOrigins().isEmpty()
                ? sameOrigin(normalised, proxies.publicOrigin(ctx))
                : settings.allowedOrigins().contains(normalised);
        if (!allowed) {
            throw new ApiException(HttpStatus.FORBIDDEN, "this origin may not open a voice connection");
        }
    }

    /** True when the browser's origin is where the page was served from (through a trusted proxy, as the client saw it). */
    private static boolean sameOrigin(String origin, String expected) {
        try {
            URI uri = URI.create(origin);
            String scheme = uri.getScheme();
            int port = uri.getPort();
            boolean defaultPort = port == -1 || "http".equals(scheme) && port == 80 || "https".equals(scheme)
                    && port == 443;
            String normal = scheme + "://" + uri.getHost() + (defaultPort ? "" : ":" + port);
            return normal.equalsIgnoreCase(expected);
        } catch (IllegalArgumentException | NullPointerException e) {
            return false;
        }
    }

    private void connect(WsContext ctx) {
        String sessionId = ctx.pathParam("id");
        Optional<VoiceTickets.Ticket> ticket = tickets.redeem(ctx.queryParam("ticket"), sessionId);
        if (!settings.available()) {
            refuse(ctx, "voice_unavailable", TrainingService.VOICE_UNAVAILABLE);
            return;
        }
        if (ticket.isEmpty()) {
            refuse(ctx, "invalid_ticket", "This voice link is invalid, used or expired. Start the voice session"
                    + " again from the page.");
            return;
        }
        Optional<TrainingSession> found = training.findOwned(ticket.get().trainee(), sessionId);
        if (found.isEmpty()) {
            refuse(ctx, "not_found", "There is no such training session.");
            return;
        }
        TrainingSession session = found.get();
        if (session.status() != Status.IN_PROGRESS || session.mode() != Mode.VOICE || session.outcome() != null) {
            refuse(ctx, "session_finished", "This session cannot take voice any more: it is finished, decided or"
                    + " not a voice session.");
            return;
        }
        if (live.size() >= settings.maxSessions()) {
            refuse(ctx, "too_many_sessions", "The server is at its limit of voice sessions. Please try again in a"
                    + " few minutes.");
            return;
        }
        String key = ctx.sessionId();
        VoiceSession voice = new VoiceSession(sessionId, session.difficultyLevel(), new BrowserSocket(ctx),
                settings, training, persona, mapper, timers, metrics, () -> live.remove(key));
        live.put(key, voice);
        voice.start();
    }

    private void refuse(WsContext ctx, String code, String message) {
        ctx.send(events.appError(code, message));
        ctx.closeSession(1008, code);
    }

    private void disconnected(String key) {
        VoiceSession session = live.remove(key);
        if (session != null) {
            session.browserClosed();
        }
    }

    /** The server is stopping: every open session is told it ended (its turns are saved) and its upstream closed. */
    @Override
    public void close() {
        List.copyOf(live.values()).forEach(VoiceSession::serverStopping);
        live.clear();
        timers.shutdownNow();
    }

    /** Sends to the browser one frame at a time; Jetty queues them in order. */
    private record BrowserSocket(WsContext ctx) implements VoiceSession.Browser {
        @Override
        public void send(String text) {
            synchronized (this) {
                if (ctx.session.isOpen()) {
                    ctx.send(text);
                }
            }
        }

        @Override
        public void close(int code, String reason) {
            if (ctx.session.isOpen()) {
                ctx.closeSession(code, reason);
            }
        }
    }
}
