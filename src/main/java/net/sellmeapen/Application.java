package net.sellmeapen;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.config.RoutesConfig;
import io.micrometer.core.instrument.Gauge;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import net.sellmeapen.admin.AdminApi;
import net.sellmeapen.admin.AdminForms;
import net.sellmeapen.admin.AdminPages;
import net.sellmeapen.admin.AdminRepository;
import net.sellmeapen.admin.AdminServer;
import net.sellmeapen.admin.AdminStatistics;
import net.sellmeapen.admin.AdminTokenFilter;
import net.sellmeapen.admin.AdminViews;
import net.sellmeapen.admin.Moderation;
import net.sellmeapen.buyer.BuyerPersona;
import net.sellmeapen.coaching.CoachingRoutes;
import net.sellmeapen.coaching.ModelPitch;
import net.sellmeapen.coaching.ModelSeller;
import net.sellmeapen.conversation.Product;
import net.sellmeapen.conversation.analysis.ConversationAnalyzer;
import net.sellmeapen.db.Database;
import net.sellmeapen.db.SharedLimiter;
import net.sellmeapen.language.SentenceEmbeddings;
import net.sellmeapen.ops.HealthRoutes;
import net.sellmeapen.ops.Metrics;
import net.sellmeapen.ops.MetricsRoutes;
import net.sellmeapen.security.RateLimiter;
import net.sellmeapen.security.Secrets;
import net.sellmeapen.trainee.Accounts;
import net.sellmeapen.trainee.BearerAuth;
import net.sellmeapen.trainee.Passwords;
import net.sellmeapen.trainee.TraineeRepository;
import net.sellmeapen.trainee.TraineeRoutes;
import net.sellmeapen.trainee.TraineeService;
import net.sellmeapen.training.TrainingRepository;
import net.sellmeapen.training.TrainingLimits;
import net.sellmeapen.training.TrainingRoutes;
import net.sellmeapen.training.TrainingService;
import net.sellmeapen.voice.VoiceGateway;
import net.sellmeapen.voice.VoiceMetrics;
import net.sellmeapen.voice.VoiceRoutes;
import net.sellmeapen.voice.VoiceSettings;
import net.sellmeapen.voice.VoiceTickets;
import net.sellmeapen.web.HttpServers;
import net.sellmeapen.web.Json;
import net.sellmeapen.web.JsonBodies;
import net.sellmeapen.web.RequestLog;
import net.sellmeapen.web.TrustedProxies;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running product and the one place that wires it: it alone reads {@link Config} and builds
 * every feature with {@code new}, then starts the trainee and admin servers on one database.
 */
public final class Application implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Application.class);

    /** Largest browser voice message accepted, in characters: 100 ms of audio is about 6.4 kB. */
    private static final int VOICE_MAX_MESSAGE_CHARS = 64 * 1024;
    private static final int VOICE_MAX_MESSAGES_PER_SECOND = 50;
    /** The product every session sells. */
    private static final String PRODUCT = "/products/linea-one.json";
    private static final Duration VOICE_OPEN_TIMEOUT = Duration.ofSeconds(10);

    private final Config config;
    private final Database database;
    private final Metrics metrics;
    private final Javalin traineeServer;
    private final Javalin adminServer;
    private final VoiceGateway voice;
    private final String engines;
    private boolean closed;

    private Application(Config config, Database database, Metrics metrics, Javalin traineeServer,
            Javalin adminServer, VoiceGateway voice, String engines) {
        this.config = config;
        this.database = database;
        this.metrics = metrics;
        this.traineeServer = traineeServer;
        this.adminServer = adminServer;
        this.voice = voice;
        this.engines = engines;
    }

    /** Vectors of sentences kept for reuse: every reply reads the conversation so far again. */
    private static final int SENTENCE_CACHE = 16_384;

    /** Opens the database, starts loading the sentence model, builds every feature and starts the servers. */
    public static Application start(Config config, Clock clock) {
        return start(config, clock, voiceSettings(config), new SentenceEmbeddings(SENTENCE_CACHE));
    }

    /**
     * As {@link #start(Config, Clock)}, with the voice limits given (tests shorten them) and a sentence
     * model that may already be loaded (tests share one).
     */
    static Application start(Config config, Clock clock, VoiceSettings voiceSettings, SentenceEmbeddings embeddings) {
        // opened and migrated on its own thread while the servers are built; awaited before they listen
        Database database = Database.openInBackground(config.databaseUrl(), config.databaseUser().orElse(null),
                config.databasePassword().orElse(null));
        Metrics metrics = new Metrics();
        try {
            Product product = Product.load(PRODUCT);
            ConversationAnalyzer analyzer = new ConversationAnalyzer(embeddings, product);
            BuyerPersona persona = new BuyerPersona(product);
            ObjectMapper mapper = Json.newMapper();
            JsonBodies bodies = new JsonBodies(mapper);
            TrustedProxies proxies = TrustedProxies.parse(config.trustedProxies());
            TraineeRepository traineeRepository = new TraineeRepository(database);
            Passwords passwords = new Passwords();
            TraineeService trainees = new TraineeService(traineeRepository, passwords, clock);
            // one instance keeps its limits in memory; several (sharing PostgreSQL) count in the database
            RateLimiter.Factory limiters = database.isShared() ? SharedLimiter.factory(database, clock)
                    : RateLimiter.Factory.inMemory(clock);
            Accounts accounts = new Accounts(trainees, traineeRepository, passwords, limiters);
            BearerAuth auth = new BearerAuth(trainees);
            String adminToken = AdminTokenSource.resolve(config);
            Secrets secrets = config.secrets(adminToken);
            Engines engines = Engines.from(config, secrets, mapper, clock, analyzer, product, persona);
            TrainingService training = new TrainingService(new TrainingRepository(database, mapper),
                    engines.evaluator(), engines.buyer(), engines.budget(), analyzer, voiceSettings.available(),
                    new TrainingLimits(config.sessionsPerHour(), config.messagesPerMinute(), limiters), metrics.registry(),
                    clock);
            VoiceTickets tickets = new VoiceTickets(database, clock);
            VoiceGateway gateway = new VoiceGateway(voiceSettings, training, tickets, persona, mapper,
                    new VoiceMetrics(metrics.registry()), proxies, secrets, database, clock);
            training.endLiveCallsWith(gateway::sessionEnded);
            Gauge.builder("voice.sessions.active", gateway, VoiceGateway::liveSessions)
                    .description("Voice sessions open right now").register(metrics.registry());
            VoiceRoutes voiceRoutes = new VoiceRoutes(voiceSettings, training, auth, tickets, gateway);
            HealthRoutes health = new HealthRoutes(readiness(database, embeddings, engines));
            Javalin trainee = HttpServers.create(new HttpServers.Settings(config.basePath(), "/", "/public", null,
                    proxies, new RequestLog("trainee", metrics.registry())), mapper, routes -> {
                        new TraineeRoutes(trainees, accounts, auth, bodies, config.registrationsPerHour(), limiters)
                                .addTo(routes);
                        new TrainingRoutes(training, auth, bodies, product.brief()).addTo(routes);
                        new CoachingRoutes(new ModelPitch(engines.scripted(), analyzer, engines.rubric(),
                                new ModelSeller(product))).addTo(routes);
                        voiceRoutes.addTo(routes);
                        health.addTo(routes);
                    });
            List<String> metricsTokens = config.metricsToken().map(token -> List.of(adminToken, token))
                    .orElse(List.of(adminToken));
            Javalin admin = adminServer(config, adminToken, database, mapper, training, accounts, proxies,
                    new RequestLog("admin", metrics.registry()), limiters, clock, routes -> {
                        health.addTo(routes);
                        new MetricsRoutes(metrics, metricsTokens).addTo(routes);
                    });
            database.awaitOpen();
            listen(trainee, config.appPort(), "APP_PORT");
            try {
                listen(admin, config.adminPort(), "ADMIN_PORT");
            } catch (RuntimeException e) {
                trainee.stop();
                throw e;
            }
            // after the ports open: the model's load and JIT warm-up would otherwise compete with start-up for CPU
            warmUpInBackground(analyzer, metrics);
            return new Application(config, database, metrics, trainee, admin, gateway, engines.description());
        } catch (RuntimeException e) {
            metrics.close();
            database.close();
            throw e;
        }
    }

    /** What must hold before traffic is sent here: the database, its schema, the engines and the sentence model. */
    private static List<HealthRoutes.Check> readiness(Database database, SentenceEmbeddings embeddings,
            Engines engines) {
        return List.of(
                new HealthRoutes.Check("database", () -> HealthRoutes.Status.of(database.isHealthy(), "answers",
                        "not answering")),
                new HealthRoutes.Check("migrations", () -> database.schemaVersion()
                        .map(version -> new HealthRoutes.Status(true, "schema version " + version))
                        .orElse(new HealthRoutes.Status(false, "not applied"))),
                new HealthRoutes.Check("engines", () -> new HealthRoutes.Status(true, engines.description())),
                new HealthRoutes.Check("sentenceModel", () -> embeddings.hasFailed()
                        ? new HealthRoutes.Status(false, "failed to load")
                        : HealthRoutes.Status.of(embeddings.isLoaded(), "loaded", "loading")));
    }

    /**
     * Binds the JVM meters and loads the sentence model and the examples' meanings off the start-up
     * path: the ports are already open, and {@code /health/ready} says "loading" until it is done.
     */
    private static void warmUpInBackground(ConversationAnalyzer analyzer, Metrics metrics) {
        Thread warmUp = new Thread(() -> {
            metrics.bindJvm();
            try {
                analyzer.warmUp();
            } catch (RuntimeException e) {
                LOG.error("the offline sentence model could not be loaded: {}", e.getMessage());
            }
        }, "analysis-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
    }

    /** What the voice proxy needs from the configuration, with the limits that keep one trainee in their share. */
    static VoiceSettings voiceSettings(Config config) {
        return new VoiceSettings(config.realtimeUrl(), config.openAiApiKey().orElse(""), config.realtimeModel(),
                config.realtimeVoice(), config.voiceMaxSessions(), config.voiceMaxPerTrainee(),
                Duration.ofMinutes(config.voiceMaxMinutes()),
                VOICE_MAX_MESSAGE_CHARS, VOICE_MAX_MESSAGES_PER_SECOND, VOICE_OPEN_TIMEOUT, config.allowedOrigins());
    }

    private static Javalin adminServer(Config config, String adminToken, Database database, ObjectMapper mapper,
            TrainingService training, Accounts accounts, TrustedProxies proxies, RequestLog log,
            RateLimiter.Factory limiters, Clock clock, Consumer<RoutesConfig> operations) {
        AdminTokenFilter filter = new AdminTokenFilter(adminToken, config.basePath() + "/admin",
                config.adminFailuresPerAddress(), limiters, clock);
        AdminRepository repository = new AdminRepository(database, training);
        AdminStatistics statistics = new AdminStatistics(database);
        AdminViews views = new AdminViews(config.basePath(), filter);
        AdminPages pages = new AdminPages(repository, statistics, filter, views, mapper, clock);
        AdminForms forms = new AdminForms(repository, new Moderation(database, training::sessionEnded), accounts, views, mapper, clock);
        return AdminServer.create(config.basePath(), mapper, views, proxies, log, pages, forms,
                new AdminApi(repository, statistics, clock), operations);
    }

    /** Thrown when a server cannot listen; the message names the port and its variable. */
    static final class PortInUseException extends RuntimeException {
        PortInUseException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private static void listen(Javalin server, int port, String variable) {
        try {
            server.start(port);
            // at a stop, idle keep-alive connections close at once; requests in flight still get STOP_GRACE
            for (var connector : server.jettyServer().server().getConnectors()) {
                if (connector instanceof org.eclipse.jetty.server.AbstractConnector jetty) {
                    jetty.setShutdownIdleTimeout(100);
                }
            }
        } catch (RuntimeException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof java.net.BindException) {
                    throw new PortInUseException("port " + port + " (" + variable + ") is already in use: stop the"
                            + " program using it, or set " + variable + " to a free port", e);
                }
            }
            throw e;
        }
    }

    /** Where the trainee server answers, base path included, e.g. {@code http://localhost:3000/SellMeAPenExt}. */
    public URI traineeUri() {
        return URI.create("http://localhost:" + traineeServer.port() + config.basePath());
    }

    /** Which buyer, evaluator and voice engines run, for the start-up log. */
    public String engines() {
        return engines;
    }

    /** Where the admin server answers, base path included. */
    public URI adminUri() {
        return URI.create("http://localhost:" + adminServer.port() + config.basePath());
    }

    /** The trainee server, for tests that inspect its Jetty set-up. */
    Javalin traineeServer() {
        return traineeServer;
    }

    /** The admin server, for tests that read its routes. */
    Javalin adminServer() {
        return adminServer;
    }

    /** The database, for tests that inspect its queries. */
    Database database() {
        return database;
    }

    /** The voice WebSocket gateway, for tests that count live sessions. */
    VoiceGateway voice() {
        return voice;
    }

    /**
     * Stops gracefully: open voice sessions are told they ended (their turns are saved) and their
     * upstreams closed; both servers stop taking connections and give requests in flight up to
     * {@link HttpServers#STOP_GRACE} to finish; then the database is closed. Safe to call twice.
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        voice.close();
        Thread admin = new Thread(adminServer::stop, "stop-admin");
        admin.start();
        traineeServer.stop();
        try {
            admin.join(HttpServers.STOP_GRACE.toMillis() + 2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        metrics.close();
        database.close();
    }
}
