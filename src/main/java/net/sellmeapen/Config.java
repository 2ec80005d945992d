package net.sellmeapen;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import net.sellmeapen.db.Database;
import net.sellmeapen.security.Secrets;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import net.sellmeapen.web.TrustedProxies;

/**
 * Everything the product reads from its environment, read once at start-up and validated so that a
 * bad value stops the process with one line naming the variable.
 *
 * @param appPort trainee server port (0 picks a free one)
 * @param adminPort admin server port (0 picks a free one)
 * @param basePath URL prefix both servers serve under, "" for the root
 * @param databaseUrl JDBC URL of the SQLite file, or of a PostgreSQL database
 * @param databaseUser PostgreSQL user (unused for SQLite)
 * @param databasePassword PostgreSQL password (unused for SQLite)
 * @param adminToken the admin secret (at least 16 characters); empty when unset
 * @param adminTokenFile a file holding the admin secret, when ADMIN_TOKEN is unset; empty means the
 *        default file next to the database (created with a random token when missing)
 * @param openAiApiKey key for the OpenAI-compatible endpoints; empty keeps every engine offline
 * @param openAiBaseUrl base URL of the chat-completions endpoint
 * @param realtimeUrl WebSocket URL of the Realtime endpoint
 * @param evalModel model the LLM evaluator asks
 * @param buyerModel model the LLM text buyer asks
 * @param realtimeModel model the voice buyer runs on
 * @param realtimeVoice voice the voice buyer speaks with
 * @param voiceMaxSessions voice sessions allowed at once
 * @param voiceMaxMinutes longest a voice session may last
 * @param allowedOrigins origins allowed to open the voice WebSocket; empty means the server's own
 * @param evaluator which evaluator scores
 * @param buyer which buyer plays text sessions
 * @param llmTimeoutSeconds how long one model call may take
 * @param llmCallsPerMinute model-backed calls one trainee may make per minute
 * @param llmMaxConcurrent model calls running at once; more fall back at once instead of waiting
 * @param sessionsPerHour sessions one trainee may start in any hour
 * @param messagesPerMinute typed messages one trainee may send in any minute
 * @param registrationsPerHour trainee accounts one client address may create in any hour
 * @param voiceMaxPerTrainee live voice calls one trainee may hold at once
 * @param adminFailuresPerAddress wrong admin tokens one client address may send in 15 minutes
 * @param trustedProxies addresses and CIDR ranges whose X-Forwarded-* headers are believed
 * @param logFormat how log lines are written: plain text or one JSON object per line
 * @param metricsToken a token that may read /metrics (besides the admin token); empty when unset
 */
public record Config(
        int appPort,
        int adminPort,
        String basePath,
        String databaseUrl,
        Optional<String> databaseUser,
        Optional<String> databasePassword,
        Optional<String> adminToken,
        Optional<String> adminTokenFile,
        Optional<String> openAiApiKey,
        URI openAiBaseUrl,
        URI realtimeUrl,
        String evalModel,
        String buyerModel,
        String realtimeModel,
        String realtimeVoice,
        int voiceMaxSessions,
        int voiceMaxMinutes,
        List<String> allowedOrigins,
        EvaluatorChoice evaluator,
        BuyerChoice buyer,
        int llmTimeoutSeconds,
        int llmCallsPerMinute,
        int llmMaxConcurrent,
        int sessionsPerHour,
        int messagesPerMinute,
        int registrationsPerHour,
        int voiceMaxPerTrainee,
        int adminFailuresPerAddress,
        String trustedProxies,
        LogFormat logFormat,
        Optional<String> metricsToken) {

    public static final String DEFAULT_BASE_PATH = "/SellMeAPenExt";
    public static final String DEFAULT_DATABASE_URL = "jdbc:sqlite:data/sellmeapen.db";
    public static final String DEFAULT_OPENAI_BASE_URL = "https://api.openai.com/v1";
    public static final String DEFAULT_REALTIME_URL = "wss://api.openai.com/v1/realtime";

    private static final Pattern BASE_PATH = Pattern.compile("(/[A-Za-z0-9._~-]+)+");
    private static final Pattern MODEL_NAME = Pattern.compile("[A-Za-z0-9._:/-]{1,100}");

    /** Which evaluator scores: the LLM's when an endpoint is configured ({@code AUTO}), or always one of them. */
    public enum EvaluatorChoice { AUTO, RUBRIC, LLM }

    /** Which buyer plays text sessions: the LLM's when an endpoint is configured ({@code AUTO}), or always one. */
    public enum BuyerChoice { AUTO, SCRIPTED, LLM }

    /** How log lines are written. */
    public enum LogFormat { TEXT, JSON }

    /** Thrown when a variable has a value the product cannot run with; the message names it. */
    public static final class InvalidConfigException extends RuntimeException {
        InvalidConfigException(String message) {
            super(message);
        }
    }

    /** Reads and validates the configuration from the given environment. */
    public static Config fromEnvironment(Map<String, String> env) {
        int appPort = port(env, "APP_PORT", 3000);
        int adminPort = port(env, "ADMIN_PORT", 3001);
        if (appPort != 0 && appPort == adminPort) {
            throw new InvalidConfigException("APP_PORT and ADMIN_PORT must differ, both are " + appPort);
        }
        if (Database.isPostgres(databaseUrl(env)) && optional(env, "ADMIN_TOKEN").isEmpty()
                && optional(env, "ADMIN_TOKEN_FILE").isEmpty()) {
            throw new InvalidConfigException("with PostgreSQL (which several instances may share) set ADMIN_TOKEN or"
                    + " ADMIN_TOKEN_FILE, so that every instance accepts the same admin token");
        }
        return new Config(
                appPort,
                adminPort,
                basePath(env),
                databaseUrl(env),
                optional(env, "DATABASE_USER"),
                optional(env, "DATABASE_PASSWORD"),
                adminToken(env),
                optional(env, "ADMIN_TOKEN_FILE"),
                optional(env, "OPENAI_API_KEY"),
                url(env, "OPENAI_BASE_URL", DEFAULT_OPENAI_BASE_URL, "http", "https"),
                url(env, "REALTIME_URL", DEFAULT_REALTIME_URL, "ws", "wss"),
                model(env, "EVAL_MODEL", "gpt-4o-mini"),
                model(env, "BUYER_MODEL", "gpt-4o-mini"),
                model(env, "REALTIME_MODEL", "gpt-realtime"),
                model(env, "REALTIME_VOICE", "alloy"),
                positive(env, "VOICE_MAX_SESSIONS", 50, 10_000),
                positive(env, "VOICE_MAX_MINUTES", 10, 240),
                origins(env),
                choice(env, "EVALUATOR", EvaluatorChoice.class),
                choice(env, "BUYER", BuyerChoice.class),
                positive(env, "LLM_TIMEOUT_SECONDS", 30, 600),
                positive(env, "LLM_CALLS_PER_MINUTE", 20, 10_000),
                positive(env, "LLM_MAX_CONCURRENT", 16, 1_000),
                positive(env, "SESSIONS_PER_HOUR", 30, 100_000),
                positive(env, "MESSAGES_PER_MINUTE", 30, 100_000),
                positive(env, "REGISTRATIONS_PER_HOUR", 20, 100_000),
                positive(env, "VOICE_MAX_PER_TRAINEE", 2, 10_000),
                positive(env, "ADMIN_FAILURES_PER_ADDRESS", 10, 100_000),
                trustedProxies(env),
                choice(env, "LOG_FORMAT", LogFormat.class),
                secret(env, "METRICS_TOKEN"));
    }

    /** True when an LLM endpoint is configured: a key, or a base URL other than OpenAI's (a local server). */
    public boolean llmConfigured() {
        return openAiApiKey.isPresent() || !openAiBaseUrl.toString().equals(DEFAULT_OPENAI_BASE_URL);
    }

    /** Whether scorecards come from the LLM evaluator (auto: when an endpoint is configured). */
    public boolean llmEvaluator() {
        return evaluator == EvaluatorChoice.LLM || evaluator == EvaluatorChoice.AUTO && llmConfigured();
    }

    /** Whether text sessions are played by the LLM buyer (auto: when an endpoint is configured). */
    public boolean llmBuyer() {
        return buyer == BuyerChoice.LLM || buyer == BuyerChoice.AUTO && llmConfigured();
    }

    /** True when an OpenAI-compatible endpoint can be used: a key is set. */
    public boolean voiceAvailable() {
        return openAiApiKey.isPresent();
    }

    /** Shortest admin token accepted. */
    public static final int MIN_ADMIN_TOKEN_LENGTH = 16;

    private static Optional<String> adminToken(Map<String, String> env) {
        return secret(env, "ADMIN_TOKEN");
    }

    /** A token variable: unset, or at least {@link #MIN_ADMIN_TOKEN_LENGTH} characters. */
    private static Optional<String> secret(Map<String, String> env, String name) {
        Optional<String> token = optional(env, name);
        if (token.isPresent() && token.get().length() < MIN_ADMIN_TOKEN_LENGTH) {
            throw new InvalidConfigException(name + " must be at least " + MIN_ADMIN_TOKEN_LENGTH
                    + " characters (try: openssl rand -hex 24)");
        }
        return token;
    }

    private static String trustedProxies(Map<String, String> env) {
        String value = valueOr(env, "TRUSTED_PROXIES", TrustedProxies.LOOPBACK);
        try {
            TrustedProxies.parse(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidConfigException("TRUSTED_PROXIES must be comma-separated IP addresses or CIDR ranges: "
                    + e.getMessage());
        }
        return value;
    }

    private static Optional<String> optional(Map<String, String> env, String name) {
        String value = env.get(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    private static String valueOr(Map<String, String> env, String name, String fallback) {
        return optional(env, name).orElse(fallback);
    }

    private static int port(Map<String, String> env, String name, int fallback) {
        String raw = valueOr(env, name, Integer.toString(fallback));
        try {
            int port = Integer.parseInt(raw);
            if (port >= 0 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException ignored) {
            // reported below with the offending value
        }
        throw new InvalidConfigException(name + " must be a port number from 0 to 65535, got '" + raw + "'");
    }

    private static int positive(Map<String, String> env, String name, int fallback, int max) {
        String raw = valueOr(env, name, Integer.toString(fallback));
        try {
            int value = Integer.parseInt(raw);
            if (value >= 1 && value <= max) {
                return value;
            }
        } catch (NumberFormatException ignored) {
            // reported below with the offending value
        }
        throw new InvalidConfigException(name + " must be a whole number from 1 to " + max + ", got '" + raw + "'");
    }

    /** One of the enum's constants, named in lower case (any case is accepted); the first is the default. */
    private static <E extends Enum<E>> E choice(Map<String, String> env, String name, Class<E> type) {
        E[] allowed = type.getEnumConstants();
        String value = valueOr(env, name, allowed[0].name()).toLowerCase(Locale.ROOT);
        for (E option : allowed) {
            if (option.name().toLowerCase(Locale.ROOT).equals(value)) {
                return option;
            }
        }
        throw new InvalidConfigException(name + " must be one of " + Arrays.stream(allowed)
                .map(option -> option.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "))
                + ", got '" + value + "'");
    }

    private static List<String> origins(Map<String, String> env) {
        List<String> origins = new ArrayList<>();
        for (String raw : valueOr(env, "ALLOWED_ORIGINS", "").split(",")) {
            String origin = raw.strip();
            if (origin.isEmpty()) {
                continue;
            }
            try {
                URI uri = new URI(origin);
                if ((uri.getScheme() == null || !uri.getScheme().matches("https?")) || uri.getHost() == null
                        || (uri.getPath() != null && !uri.getPath().isEmpty())) {
                    throw new URISyntaxException(origin, "not an origin");
                }
            } catch (URISyntaxException e) {
                throw new InvalidConfigException("ALLOWED_ORIGINS must be a comma-separated list of origins such as"
                        + " https://www.example.com, got '" + origin + "'");
            }
            origins.add(origin.toLowerCase(Locale.ROOT));
        }
        return List.copyOf(origins);
    }

    private static String basePath(Map<String, String> env) {
        String raw = env.getOrDefault("BASE_PATH", DEFAULT_BASE_PATH).strip();
        if (raw.isEmpty() || raw.equals("/")) {
            return "";
        }
        String trimmed = raw.endsWith("/") ? raw.substring(0, raw.length() - 1) : raw;
        if (!BASE_PATH.matcher(trimmed).matches()) {
            throw new InvalidConfigException("BASE_PATH must look like /SellMeAPenExt (letters, digits, . _ ~ - between"
                    + " slashes), got '" + raw + "'");
        }
        return trimmed;
    }

    private static String databaseUrl(Map<String, String> env) {
        String url = valueOr(env, "DATABASE_URL", DEFAULT_DATABASE_URL);
        if (Database.isPostgres(url)) {
            return url;
        }
        if (!url.startsWith("jdbc:sqlite:")) {
            throw new InvalidConfigException("DATABASE_URL must be a SQLite JDBC URL such as "
                    + DEFAULT_DATABASE_URL + " or a PostgreSQL one (jdbc:postgresql://host:5432/database), got '"
                    + Database.forLog(url) + "'");
        }
        String path = url.substring("jdbc:sqlite:".length());
        if (path.isBlank() || path.contains(":memory:") || path.startsWith("file::memory")) {
            throw new InvalidConfigException("DATABASE_URL must name a file: an in-memory SQLite database would lose"
                    + " every session at restart and cannot be shared between connections");
        }
        return url;
    }

    private static URI url(Map<String, String> env, String name, String fallback, String... schemes) {
        String raw = valueOr(env, name, fallback);
        try {
            URI uri = new URI(raw);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            for (String allowed : schemes) {
                if (scheme.equals(allowed) && uri.getHost() != null) {
                    return uri;
                }
            }
        } catch (URISyntaxException ignored) {
            // reported below with the offending value
        }
        throw new InvalidConfigException(name + " must be an absolute " + String.join(" or ", schemes)
                + " URL, got '" + raw + "'");
    }

    private static String model(Map<String, String> env, String name, String fallback) {
        String value = valueOr(env, name, fallback);
        if (!MODEL_NAME.matcher(value).matches()) {
            throw new InvalidConfigException(name + " must be a model name (letters, digits, . _ : / -), got '"
                    + value + "'");
        }
        return value;
    }

    /** Every secret configured here, so text from outside can be checked for them before a trainee sees it. */
    public Secrets secrets(String effectiveAdminToken) {
        List<String> values = new java.util.ArrayList<>();
        openAiApiKey.ifPresent(values::add);
        adminToken.ifPresent(values::add);
        metricsToken.ifPresent(values::add);
        databasePassword.ifPresent(values::add);
        values.add(effectiveAdminToken);
        values.add(Secrets.credentialsOf(openAiBaseUrl));
        values.add(Secrets.credentialsOf(realtimeUrl));
        return new Secrets(values);
    }

    /** Keeps secrets out of logs and exception messages. */
    @Override
    public String toString() {
        return "Config[appPort=" + appPort + ", adminPort=" + adminPort + ", basePath=" + basePath
                + ", databaseUrl=" + Database.forLog(databaseUrl) + ", databaseUser=" + databaseUser.orElse("default")
                + ", databasePassword=" + (databasePassword.isPresent() ? "set" : "unset") + ", adminToken=" + (adminToken.isPresent() ? "set" : "unset")
                + ", adminTokenFile=" + adminTokenFile.orElse("default")
                + ", openAiApiKey=" + (openAiApiKey.isPresent() ? "set" : "unset") + ", openAiBaseUrl="
                + Secrets.forLog(openAiBaseUrl) + ", realtimeUrl=" + Secrets.forLog(realtimeUrl) + ", voiceMaxSessions=" + voiceMaxSessions
                + ", voiceMaxMinutes=" + voiceMaxMinutes + ", allowedOrigins=" + allowedOrigins + ", evaluator="
                + evaluator + ", buyer=" + buyer + ", trustedProxies=" + trustedProxies + ", logFormat=" + logFormat
                + ", metricsToken=" + (metricsToken.isPresent() ? "set" : "unset") + "]";
    }
}
