package net.sellmeapen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.sellmeapen.language.SentenceEmbeddings;
import net.sellmeapen.web.Json;

/**
 * The real product on free ports against a SQLite file in a temp folder, with a JDK HttpClient
 * that speaks to it; tests start one per test and close it afterwards.
 */
public final class TestApp implements AutoCloseable {

    public static final ObjectMapper MAPPER = Json.newMapper();
    /** A chat endpoint that refuses connections at once (port 9, discard, is never listened on here). */
    public static final String NOWHERE = "http://127.0.0.1:9/v1";
    /** One sentence model for every server a test JVM starts: it takes a second or two to load. */
    public static final SentenceEmbeddings EMBEDDINGS = new SentenceEmbeddings(16_384);

    /**
     * {@code -Dtest.database=postgresql} ({@code scripts/test} runs the HTTP suites so a second time):
     * every app without a database of its own gets a fresh one on a PostgreSQL cluster started once
     * for the test JVM, and an admin token (PostgreSQL requires one).
     */
    private static final boolean ON_POSTGRESQL = "postgresql".equals(System.getProperty("test.database"));
    private static final String POSTGRESQL_ADMIN_TOKEN = "test-admin-token-on-postgresql-0123";
    private static net.sellmeapen.db.PostgresServer postgres;
    private static int postgresDatabases;

    private final Application application;
    private final String databaseUrl;
    private final String databaseUser;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Path folder;

    private TestApp(Application application, Path folder, Config config) {
        this.application = application;
        this.folder = folder;
        this.databaseUrl = config.databaseUrl();
        this.databaseUser = config.databaseUser().orElse(null);
    }

    /** A plain JDBC connection to the app's database (its SQLite file or its PostgreSQL database), for checks in SQL. */
    public java.sql.Connection sqlConnection() throws java.sql.SQLException {
        return java.sql.DriverManager.getConnection(databaseUrl, databaseUser, "");
    }

    /** Starts the product with the default configuration plus the given environment. */
    public static TestApp start(Map<String, String> extraEnv) {
        return start(extraEnv, settings -> settings);
    }

    /** As {@link #start(Map)}, with the voice limits changed (to hit them quickly). */
    public static TestApp start(Map<String, String> extraEnv,
            java.util.function.UnaryOperator<net.sellmeapen.voice.VoiceSettings> voice) {
        try {
            Path folder = Files.createTempDirectory("sellmeapen-test");
            Map<String, String> env = new HashMap<>();
            env.put("APP_PORT", "0");
            env.put("ADMIN_PORT", "0");
            env.put("DATABASE_URL", "jdbc:sqlite:" + folder.resolve("test.db"));
            if (ON_POSTGRESQL) {
                env.put("DATABASE_URL", postgresDatabase());
                env.put("DATABASE_USER", postgres.user());
                env.put("ADMIN_TOKEN", POSTGRESQL_ADMIN_TOKEN);
            }
            // tests make many accounts, sessions and wrong guesses from one address in seconds; the
            // limits' own tests set them low again
            for (String limit : List.of("REGISTRATIONS_PER_HOUR", "SESSIONS_PER_HOUR", "MESSAGES_PER_MINUTE",
                    "ADMIN_FAILURES_PER_ADDRESS")) {
                env.put(limit, "100000");
            }
            // a test that sets a key but no endpoint must still never reach OpenAI: point it nowhere
            if (extraEnv.containsKey("OPENAI_API_KEY")) {
                env.put("OPENAI_BASE_URL", NOWHERE);
            }
            env.putAll(extraEnv);
            Config config = Config.fromEnvironment(env);
            return new TestApp(Application.start(config, Clock.systemUTC(),
                    voice.apply(Application.voiceSettings(config)), EMBEDDINGS), folder, config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new database on the test JVM's PostgreSQL cluster, started on first use and stopped at exit. */
    private static synchronized String postgresDatabase() {
        try {
            if (postgres == null) {
                postgres = net.sellmeapen.db.PostgresServer.start();
                net.sellmeapen.db.PostgresServer started = postgres;
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        started.close();
                    } catch (Exception e) {
                        System.err.println("the test PostgreSQL cluster did not stop: " + e);
                    }
                }));
            }
            return postgres.createDatabase("app_" + ++postgresDatabases);
        } catch (Exception e) {
            throw new IllegalStateException("cannot start PostgreSQL for -Dtest.database=postgresql: " + e, e);
        }
    }

    /**
     * A new, migrated database for a repository test: a SQLite file in the folder, or under
     * {@code -Dtest.database=postgresql} a fresh database on the test JVM's PostgreSQL cluster.
     */
    public static net.sellmeapen.db.Database freshDatabase(Path folder) {
        if (!ON_POSTGRESQL) {
            return net.sellmeapen.db.Database.open("jdbc:sqlite:" + folder.resolve("test.db"));
        }
        net.sellmeapen.db.Database database = net.sellmeapen.db.Database.openInBackground(postgresDatabase(),
                postgres.user(), "");
        database.awaitOpen();
        return database;
    }

    /** Whether this test JVM runs its apps on PostgreSQL ({@code -Dtest.database=postgresql}). */
    public static boolean onPostgresql() {
        return ON_POSTGRESQL;
    }

    public static TestApp start() {
        return start(Map.of());
    }

    /** The database behind the running application. */
    public net.sellmeapen.db.Database database() {
        return application.database();
    }

    public Application application() {
        return application;
    }

    public Path folder() {
        return folder;
    }

    /** A response with its body parsed as JSON (or null when the body is not JSON). */
    public record Reply(int status, JsonNode json, String body, HttpResponse<String> raw) {
        public String error() {
            return json.path("error").asText();
        }
    }

    /** The voice WebSocket address for a session and ticket. */
    public URI voiceUri(String sessionId, String ticket) {
        return URI.create(application.traineeUri().toString().replace("http://", "ws://") + "/ws/sessions/"
                + sessionId + "/voice?ticket=" + ticket);
    }

    /** The kinds of HTTP-session cache both servers' servlet contexts use. */
    public java.util.Set<Class<?>> sessionCacheTypes() {
        java.util.Set<Class<?>> types = new java.util.HashSet<>();
        for (io.javalin.Javalin server : java.util.List.of(application.traineeServer(), application.adminServer())) {
            server.jettyServer().server().getDescendants(org.eclipse.jetty.ee10.servlet.SessionHandler.class)
                    .forEach(handler -> types.add(handler.getSessionCache().getClass()));
        }
        return types;
    }

    /** Every GET and POST route of the admin server, as "METHOD /path" (path without the base path). */
    public java.util.List<String> adminRoutes() {
        return application.adminServer().unsafe.internalRouter.allHttpHandlers().stream()
                .filter(e -> e.endpoint.method.name().equals("GET") || e.endpoint.method.name().equals("POST"))
                .map(e -> e.endpoint.method.name() + " " + e.endpoint.path)
                .sorted().toList();
    }

    /** An absolute admin URI for a path such as "/admin/sessions". */
    public URI adminUri(String path) {
        return URI.create(application.adminUri() + path);
    }

    /** Live voice sessions right now. */
    public int liveVoiceSessions() {
        return application.voice().liveSessions();
    }

    public URI uri(String path) {
        return URI.create(application.traineeUri() + path);
    }

    public Reply get(String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
        return send(authorised(request, token));
    }

    public Reply postJson(String path, String token, Object body) {
        try {
            String json = body instanceof String text ? text : MAPPER.writeValueAsString(body);
            return post(path, token, "application/json", json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Reply post(String path, String token, String contentType, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return send(authorised(request, token));
    }

    public Reply send(HttpRequest.Builder request) {
        try {
            HttpRequest built = request.timeout(Duration.ofSeconds(20)).build();
            HttpResponse<String> response;
            try {
                response = client.send(built, HttpResponse.BodyHandlers.ofString());
            } catch (IOException staleConnection) {
                // a kept-alive connection the server closed just as it was reused answers no byte; a
                // browser sends the request again on a new one, and so do we, once (a request the
                // server did handle would show up as a second, visible, answer)
                if (!String.valueOf(staleConnection.getMessage()).contains("received no bytes")) {
                    throw staleConnection;
                }
                response = client.send(built, HttpResponse.BodyHandlers.ofString());
            }
            JsonNode json = null;
            try {
                json = MAPPER.readTree(response.body());
            } catch (IOException notJson) {
                // left null: the test decides whether a JSON body was expected
            }
            return new Reply(response.statusCode(), json, response.body(), response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static HttpRequest.Builder authorised(HttpRequest.Builder request, String token) {
        return token == null ? request : request.header("Authorization", "Bearer " + token);
    }

    /** Registers a trainee and returns their token. */
    public String register(String name) {
        Reply reply = postJson("/api/users", null, Map.of("name", name));
        if (reply.status() != 201) {
            throw new IllegalStateException("registration failed: " + reply.body());
        }
        return reply.json().path("token").asText();
    }

    /** Starts a session at the difficulty and returns its id. */
    public String startSession(String token, String difficulty) {
        Reply reply = postJson("/api/sessions", token, Map.of("difficultyLevel", difficulty));
        if (reply.status() != 201) {
            throw new IllegalStateException("start failed: " + reply.body());
        }
        return reply.json().path("session").path("id").asText();
    }

    /**
     * Plays a whole text session through the API with the built-in model seller and ends it: a
     * server-recorded session. Returns the completion's JSON.
     */
    public JsonNode playModelPitch(String token, String difficulty) {
        String id = startSession(token, difficulty);
        net.sellmeapen.coaching.ModelSeller seller = new net.sellmeapen.coaching.ModelSeller(Offline.PRODUCT);
        for (int i = 0; i < 16; i++) {
            JsonNode session = get("/api/sessions/" + id, token).json().path("session");
            if (!session.path("outcome").isNull()) {
                break;
            }
            java.util.List<net.sellmeapen.conversation.Turn> turns = new java.util.ArrayList<>();
            for (JsonNode turn : session.path("turns")) {
                turns.add(new net.sellmeapen.conversation.Turn(turn.path("seq").asInt(),
                        net.sellmeapen.conversation.Speaker.valueOf(turn.path("speaker").asText()),
                        turn.path("text").asText(), java.time.Instant.EPOCH));
            }
            postJson("/api/sessions/" + id + "/messages", token,
                    Map.of("text", seller.next(Offline.ANALYZER.analyse(turns))));
        }
        return post("/api/sessions/" + id + "/complete", token, null, "").json();
    }

    /** Plays a text session of these messages through the API and ends it; returns the completion's JSON. */
    public JsonNode playScript(String token, String difficulty, java.util.List<String> messages) {
        String id = startSession(token, difficulty);
        for (String message : messages) {
            Reply reply = postJson("/api/sessions/" + id + "/messages", token, Map.of("text", message));
            if (reply.status() != 200 || reply.json().path("buyerDecided").asBoolean()) {
                break;
            }
        }
        return post("/api/sessions/" + id + "/complete", token, null, "").json();
    }

    @Override
    public void close() {
        application.close();
    }
}
