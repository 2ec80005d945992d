package net.sellmeapen.voice;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.websocket.WsContext;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
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
import net.sellmeapen.db.Database;
import net.sellmeapen.security.RandomTokens;
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

    /** How often an instance looks for its calls that another instance asked to end. */
    static final Duration ASKED_TO_END_POLL = Duration.ofMillis(250);
    /** How long ending a session waits for the instance holding its call to end it. */
    static final Duration REMOTE_END_WAIT = Duration.ofSeconds(3);

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
    /** Live calls here by training session: one each. */
    private final Map<String, VoiceSession> bySession = new ConcurrentHashMap<>();
    /** Every instance's live calls, in the database. */
    private final VoiceClaims claims;
    /** Calls being claimed right now, counted against this server's capacity (guarded by bySession). */
    private int connecting;
    private final ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "voice-timers");
        thread.setDaemon(true);
        return thread;
    });

    public VoiceGateway(VoiceSettings settings, TrainingService training, VoiceTickets tickets, BuyerPersona persona,
            ObjectMapper mapper, VoiceMetrics metrics, TrustedProxies proxies, Secrets secrets, Database database,
            Clock clock) {
        this.claims = new VoiceClaims(database, RandomTokens.newId(), clock);
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
        timers.scheduleWithFixedDelay(this::renewClaims, VoiceClaims.RENEW_EVERY.toMillis(),
                VoiceClaims.RENEW_EVERY.toMillis(), TimeUnit.MILLISECONDS);
        timers.scheduleWithFixedDelay(this::endCallsEndedElsewhere, ASKED_TO_END_POLL.toMillis(),
                ASKED_TO_END_POLL.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** This instance's calls are still alive: their claims are renewed so no other instance takes them as dead. */
    private void renewClaims() {
        if (live.isEmpty()) {
            return;
        }
        try {
            claims.renew();
        } catch (RuntimeException e) {
            LOG.warn("voice: renewing the calls' claims failed: {}", e.getClass().getSimpleName());
        }
    }

    /** Sessions completed or abandoned on another instance end their calls here. */
    private void endCallsEndedElsewhere() {
        if (live.isEmpty()) {
            return;
        }
        try {
            claims.endingHere().forEach(this::endLocalCall);
        } catch (RuntimeException e) {
            LOG.warn("voice: reading the calls asked to end failed: {}", e.getClass().getSimpleName());
        }
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
        synchronized (bySession) { // this server's capacity: a slot is held while the claim is made
            if (live.size() + connecting >= settings.maxSessions()) {
                refuse(ctx, "too_many_sessions", "The server is at its limit of voice sessions. Please try again"
                        + " in a few minutes.");
                return;
            }
            connecting++;
        }
        VoiceClaims.Outcome claim;
        try { // one call per session and each trainee's share, counted over every instance
            claim = claims.claim(sessionId, traineeId, settings.maxPerTrainee());
        } catch (RuntimeException e) {
            releaseSlot();
            throw e;
        }
        if (!(claim instanceof VoiceClaims.Claimed)) {
            releaseSlot();
        }
        if (claim instanceof VoiceClaims.AlreadyConnected) {
            refuse(ctx, "already_connected", "This session already has a live voice connection (another tab or"
                    + " device?). Close it first, or wait a few seconds after closing it and try again.");
            return;
        }
        if (claim instanceof VoiceClaims.TooManyCalls(int calls)) {
            refuse(ctx, "too_many_calls", "You already have " + calls + " voice calls open, the most one trainee"
                    + " can have at once. End one of them first.");
            return;
        }
        VoiceSession voice = new VoiceSession(sessionId, traineeId, session.difficultyLevel(), new BrowserSocket(ctx),
                settings, training, persona, mapper, timers, metrics, secrets, () -> release(key, sessionId));
        synchronized (bySession) {
            connecting--;
            live.put(key, voice);
            bySession.put(sessionId, voice);
        }
        voice.start();
    }

    private void releaseSlot() {
        synchronized (bySession) {
            connecting--;
        }
    }

    private void release(String key, String sessionId) {
        try { // first, so that once the call is gone here it is gone everywhere
            claims.release(sessionId);
        } catch (RuntimeException e) { // the claim goes stale in half a minute
            LOG.warn("voice: releasing the call's claim failed: {}", e.getClass().getSimpleName());
        }
        VoiceSession call = live.remove(key);
        if (call != null) {
            bySession.remove(sessionId, call);
        }
    }

    /**
     * The session was completed or abandoned: its call, if it has one, ends now — here, or on the
     * instance holding it, which is asked to and waited for (at most {@link #REMOTE_END_WAIT}).
     */
    public void sessionEnded(String sessionId) {
        if (endLocalCall(sessionId) || !claims.askToEnd(sessionId)) {
            return;
        }
        long deadline = System.nanoTime() + REMOTE_END_WAIT.toNanos();
        try {
            while (claims.isClaimed(sessionId) && System.nanoTime() < deadline) {
                Thread.sleep(ASKED_TO_END_POLL.toMillis() / 5);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private boolean endLocalCall(String sessionId) {
        VoiceSession call = bySession.get(sessionId);
        if (call != null) {
            call.sessionOver();
        }
        return call != null;
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
