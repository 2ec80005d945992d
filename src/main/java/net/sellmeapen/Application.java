package net.sellmeapen;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.config.RoutesConfig;
import io.javalin.http.HttpStatus;
import java.net.URI;
import java.time.Clock;
import java.util.function.Consumer;
import net.sellmeapen.admin.AdminServer;
import net.sellmeapen.db.Database;
import net.sellmeapen.trainee.BearerAuth;
import net.sellmeapen.trainee.TraineeRoutes;
import net.sellmeapen.trainee.TraineeService;
import net.sellmeapen.training.TrainingRoutes;
import net.sellmeapen.training.TrainingService;
import net.sellmeapen.voice.VoiceGateway;
import net.sellmeapen.voice.VoiceRoutes;
import net.sellmeapen.voice.VoiceSettings;
import net.sellmeapen.web.HttpServers;
import net.sellmeapen.web.Json;
import net.sellmeapen.web.JsonBodies;

/** The running product: the database and the servers built on it, wired by hand in one place. */
public final class Application implements AutoCloseable {

    private final Config config;
    private final Database database;
    private final Javalin traineeServer;
    private final Javalin adminServer;
    private final VoiceGateway voice;
    private final String engines;

    private Application(Config config, Database database, Javalin traineeServer, Javalin adminServer,
            VoiceGateway voice, String engines) {
        this.config = config;
        this.database = database;
        this.traineeServer = traineeServer;
        this.adminServer = adminServer;
        this.voice = voice;
        this.engines = engines;
    }

    /** Opens the database, builds every feature and starts the servers. */
    public static Application start(Config config, Clock clock) {
        return start(config, clock, VoiceSettings.from(config));
    }

    /** As {@link #start(Config, Clock)}, with the voice limits given (tests shorten them). */
    static Application start(Config config, Clock clock, VoiceSettings voiceSettings) {
        Database database = Database.open(config.databaseUrl());
        try {
            ObjectMapper mapper = Json.newMapper();
            JsonBodies bodies = new JsonBodies(mapper);
            TraineeService trainees = new TraineeService(database, clock);
            BearerAuth auth = new BearerAuth(trainees);
            Engines engines = Engines.from(config, mapper, clock);
            TrainingService training = new TrainingService(database, mapper, engines.evaluator(), engines.buyer(),
                    engines.budget(), clock);
            VoiceRoutes voiceRoutes = new VoiceRoutes(voiceSettings, training, auth, mapper, clock);
            Javalin trainee = traineeServer(config, database, mapper, routes -> {
                new TraineeRoutes(trainees, bodies).addTo(routes);
                new TrainingRoutes(training, auth, bodies).addTo(routes);
                voiceRoutes.addTo(routes);
            });
            Javalin admin = AdminServer.create(config, database, mapper, training, clock);
            trainee.start(config.appPort());
            try {
                admin.start(config.adminPort());
            } catch (RuntimeException e) {
                trainee.stop();
                throw e;
            }
            return new Application(config, database, trainee, admin, voiceRoutes.gateway(), engines.description());
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    record Health(boolean success, String status, String database) {
    }

    /** The trainee server: the trainee page, the feature routes given, and health, under the base path. */
    static Javalin traineeServer(Config config, Database database, ObjectMapper mapper,
            Consumer<RoutesConfig> features) {
        return HttpServers.create(config.basePath(), mapper, "/public", routes -> {
            features.accept(routes);
            routes.get("/health", ctx -> {
                boolean healthy = database.isHealthy();
                ctx.status(healthy ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE)
                        .json(new Health(healthy, healthy ? "ok" : "degraded", healthy ? "ok" : "unreachable"));
            });
        });
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

    /** The admin server, for tests that read its routes. */
    Javalin adminServer() {
        return adminServer;
    }

    /** The voice WebSocket gateway, for tests that count live sessions. */
    VoiceGateway voice() {
        return voice;
    }

    @Override
    public void close() {
        voice.close();
        adminServer.stop();
        traineeServer.stop();
        database.close();
    }
}
