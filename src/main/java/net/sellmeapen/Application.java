package net.sellmeapen;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.HttpStatus;
import java.net.URI;
import java.time.Clock;
import net.sellmeapen.buyer.ScriptedBuyer;
import net.sellmeapen.db.Database;
import net.sellmeapen.evaluation.RubricEvaluator;
import net.sellmeapen.trainee.BearerAuth;
import net.sellmeapen.trainee.TraineeRoutes;
import net.sellmeapen.trainee.TraineeService;
import net.sellmeapen.training.TrainingRoutes;
import net.sellmeapen.training.TrainingService;
import net.sellmeapen.web.HttpServers;
import net.sellmeapen.web.Json;
import net.sellmeapen.web.JsonBodies;

/** The running product: the database and the servers built on it, wired by hand in one place. */
public final class Application implements AutoCloseable {

    private final Config config;
    private final Database database;
    private final Javalin traineeServer;

    private Application(Config config, Database database, Javalin traineeServer) {
        this.config = config;
        this.database = database;
        this.traineeServer = traineeServer;
    }

    /** Opens the database, builds every feature and starts the servers. */
    public static Application start(Config config, Clock clock) {
        Database database = Database.open(config.databaseUrl());
        try {
            ObjectMapper mapper = Json.newMapper();
            Javalin trainee = traineeServer(config, database, mapper, clock);
            trainee.start(config.appPort());
            return new Application(config, database, trainee);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    record Health(boolean success, String status, String database) {
    }

    /** The trainee server: the trainee page, registration, the training API and health, under the base path. */
    static Javalin traineeServer(Config config, Database database, ObjectMapper mapper, Clock clock) {
        JsonBodies bodies = new JsonBodies(mapper);
        TraineeService trainees = new TraineeService(database, clock);
        BearerAuth auth = new BearerAuth(trainees);
        TrainingService training = new TrainingService(database, mapper, new RubricEvaluator(), new ScriptedBuyer(),
                clock);
        TraineeRoutes traineeRoutes = new TraineeRoutes(trainees, bodies);
        TrainingRoutes trainingRoutes = new TrainingRoutes(training, auth, bodies);
        return HttpServers.create(config.basePath(), mapper, "/public", routes -> {
            traineeRoutes.addTo(routes);
            trainingRoutes.addTo(routes);
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

    public Database database() {
        return database;
    }

    @Override
    public void close() {
        traineeServer.stop();
        database.close();
    }
}
