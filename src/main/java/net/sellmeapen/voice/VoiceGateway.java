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
import java.util.concurrent.atomic.AtomicLong;
import net.sellmeapen.buyer.BuyerPersona;
import net.sellmeapen.security.Secrets;
import net.sellmeapen.training.Mode;
import net.sellmeapen.training.Status;
import net.sellmeapen.training.TrainingService;
import net.sellmeapen.training.TrainingSession;
import net.sellmeapen.web.ApiException;
import net.sellmeapen.web.TrustedProxies;
import org.eclipse.jetty.websocket.api.Callback;
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
    private final Secrets secrets;
    /** Live calls by the browser socket's key. */
    private final Map<String, VoiceSession> live = new ConcurrentHashMap<>();
    /** Live calls by training session: one each. */
    private final Map<String, VoiceSession> bySession = new ConcurrentHashMap<>();
    private final ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "voice-timers");
        thread.setDaemon(true);
        return thread;
    });

    public VoiceGateway(VoiceSettings settings, TrainingService training, VoiceTickets tickets, BuyerPersona persona,
            ObjectMapper mapper, VoiceMetrics metrics, TrustedProxies proxies, Secrets secrets) {
        this.settings = settings;
        this.secrets = secrets;
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
        Optional<TrainingSession> found = training.findOwned(ticket.get().traineeId(), sessionId);
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
        String key = ctx.sessionId();
        String traineeId = session.userId();
        VoiceSession voice;
        synchronized (bySession) { // the claims below are checked and taken together
            if (bySession.containsKey(sessionId)) {
                refuse(ctx, "already_connected", "This session already has a live voice connection (another tab or"
                        + " device?). Close it first, or wait a few seconds after closing it and try again.");
                return;
            }
            if (live.size() >= settings.maxSessions()) {
                refuse(ctx, "too_many_sessions", "The server is at its limit of voice sessions. Please try again in"
                        + " a few minutes.");
                return;
            }
            long mine = live.values().stream().filter(call -> call.traineeId().equals(traineeId)).count();
            if (mine >= settings.maxPerTrainee()) {
                refuse(ctx, "too_many_calls", "You already have " + mine + " voice calls open, the most one trainee"
                        + " can have at once. End one of them first.");
                return;
            }
            voice = new VoiceSession(sessionId, traineeId, session.difficultyLevel(), new BrowserSocket(ctx),
                    settings, training, persona, mapper, timers, metrics, secrets, () -> release(key, sessionId));
            live.put(key, voice);
            bySession.put(sessionId, voice);
        }
        voice.start();
    }

    private void release(String key, String sessionId) {
        synchronized (bySession) {
            VoiceSession call = live.remove(key);
            if (call != null) {
                bySession.remove(sessionId, call);
            }
        }
    }

    /** The session was completed or abandoned some other way: its call, if it has one, ends now. */
    public void sessionEnded(String sessionId) {
        VoiceSession call = bySession.get(sessionId);
        if (call != null) {
            call.sessionOver();
        }
    }

    private void refuse(WsContext ctx, String code, String message) {
        ctx.send(events.appError(code, message));
        ctx.closeSession(1008, code);
    }

    private void disconnected(String key) {
        VoiceSession session = live.get(key);
        if (session != null) {
            session.browserClosed(); // its end releases the claims
        }
    }

    /** The server is stopping: every open session is told it ended (its turns are saved) and its upstream closed. */
    @Override
    public void close() {
        List.copyOf(live.values()).forEach(VoiceSession::serverStopping);
        live.clear();
        bySession.clear();
        timers.shutdownNow();
    }

    /**
     * Sends to the browser in order (Jetty queues the frames) and counts what is queued: a browser
     * that stops reading while upstream keeps sending is disconnected once {@link #MAX_QUEUED_BYTES}
     * wait for it, so its call costs the server no more than that.
     */
    static final class BrowserSocket implements VoiceSession.Browser {
        /** About ten seconds of buyer audio as base64 text. */
        static final long MAX_QUEUED_BYTES = 2 * 1024 * 1024;

        private final WsContext ctx;
        private final AtomicLong queued = new AtomicLong();

        BrowserSocket(WsContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public boolean send(String text) {
            long size = text.length();
            synchronized (this) {
                if (!ctx.session.isOpen()) {
                    return true;
                }
                if (queued.get() + size > MAX_QUEUED_BYTES) {
                    return false;
                }
                queued.addAndGet(size);
                ctx.session.sendText(text, Callback.from(() -> queued.addAndGet(-size),
                        failure -> queued.addAndGet(-size)));
            }
            return true;
        }

        @Override
        public void close(int code, String reason) {
            if (ctx.session.isOpen()) {
                ctx.closeSession(code, reason);
            }
        }

        @Override
        public void disconnect() {
            ctx.session.disconnect();
        }
    }
}
