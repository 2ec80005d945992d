package net.sellmeapen.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import net.sellmeapen.security.Secrets;

/**
 * A small client for {@code POST {base}/chat/completions} on any OpenAI-compatible server (OpenAI,
 * Ollama, vLLM, llama.cpp, LM Studio): bearer key when there is one, and bounds on everything a
 * model server could hold — one total deadline per call (connect, headers and body, and one retry
 * on 429 or 5xx that honours {@code Retry-After} when time remains), a cap on the answer's size, a
 * cap on calls at once (past it a call fails at once, so callers fall back instead of queueing),
 * and no answer that contains a secret configured on this server.
 */
public final class ChatClient {

    /** Largest answer read; a longer one (an endless stream) is cut off and fails. */
    public static final int MAX_RESPONSE_BYTES = 512 * 1024;

    /** One message of the conversation sent to the model. */
    public record Message(String role, String content) {
    }

    /** Made at the first call: building one sets up TLS, which would slow every start-up of an offline server. */
    private volatile HttpClient http;
    private final ObjectMapper mapper;
    private final URI endpoint;
    private final Optional<String> apiKey;
    private final Duration timeout;
    private final Duration maxRetryWait;
    private final Semaphore calls;
    private final int maxConcurrent;
    private final Secrets secrets;

    /**
     * @param timeout the total time one call may take, retry included
     * @param maxConcurrent model calls at once; more fail at once with {@link LlmException.Kind#BUSY}
     * @param secrets values no answer may contain
     */
    public ChatClient(ObjectMapper mapper, URI baseUrl, Optional<String> apiKey, Duration timeout,
            Duration maxRetryWait, int maxConcurrent, Secrets secrets) {
        this.mapper = mapper;
        String base = baseUrl.toString().endsWith("/") ? baseUrl.toString() : baseUrl + "/";
        this.endpoint = URI.create(base + "chat/completions");
        this.apiKey = apiKey;
        this.timeout = timeout;
        this.maxRetryWait = maxRetryWait;
        this.maxConcurrent = maxConcurrent;
        this.calls = new Semaphore(maxConcurrent);
        this.secrets = secrets;
    }

    private HttpClient http() {
        HttpClient client = http;
        if (client == null) {
            synchronized (this) {
                if (http == null) {
                    http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
                }
                client = http;
            }
        }
        return client;
    }

    /** When a call started now must be over: pass it to several calls that share one deadline. */
    public long deadlineFromNow() {
        return System.nanoTime() + timeout.toNanos();
    }

    /**
     * Asks the model and returns the text of its first choice. With a schema, the request carries
     * {@code response_format: {type: json_schema, json_schema: {name, strict: true, schema}}}.
     */
    public String complete(String model, List<Message> messages, String schemaName, JsonNode schema, int maxTokens)
            throws LlmException {
        return complete(model, messages, schemaName, schema, maxTokens, deadlineFromNow());
    }

    /** As {@link #complete(String, List, String, JsonNode, int)}, over by {@code deadline} ({@link System#nanoTime()}). */
    public String complete(String model, List<Message> messages, String schemaName, JsonNode schema, int maxTokens,
            long deadline) throws LlmException {
        ObjectNode body = mapper.createObjectNode().put("model", model);
        ArrayNode list = body.putArray("messages");
        for (Message message : messages) {
            list.addObject().put("role", message.role()).put("content", message.content());
        }
        body.put("max_tokens", maxTokens);
        body.put("temperature", 0.2);
        if (schema != null) {
            ObjectNode format = body.putObject("response_format").put("type", "json_schema");
            format.putObject("json_schema").put("name", schemaName).put("strict", true).set("schema", schema);
        }
        if (!calls.tryAcquire()) {
            throw new LlmException(LlmException.Kind.BUSY, maxConcurrent + " model calls are already running");
        }
        try {
            HttpResponse<String> response = send(body.toString(), deadline);
            if (response.statusCode() == 429 || response.statusCode() >= 500) {
                Duration wait = retryWait(response);
                if (System.nanoTime() + wait.toNanos() < deadline) {
                    sleep(wait);
                    response = send(body.toString(), deadline);
                }
            }
            return contentOf(response);
        } finally {
            calls.release();
        }
    }

    private HttpResponse<String> send(String body, long deadline) throws LlmException {
        long remaining = deadline - System.nanoTime();
        if (remaining <= 0) {
            throw timedOut();
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint)
                .timeout(Duration.ofNanos(remaining))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        apiKey.ifPresent(key -> request.header("Authorization", "Bearer " + key));
        CompletableFuture<HttpResponse<String>> answer = http().sendAsync(request.build(),
                info -> new CappedBody(MAX_RESPONSE_BYTES));
        try {
            // the request timeout covers the headers only: this covers the body too
            return answer.get(remaining, TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            answer.cancel(true); // closes the connection
            throw timedOut();
        } catch (ExecutionException e) {
            throw failure(e.getCause());
        } catch (InterruptedException e) {
            answer.cancel(true);
            Thread.currentThread().interrupt();
            throw new LlmException(LlmException.Kind.UNREACHABLE, "interrupted");
        }
    }

    private LlmException timedOut() {
        return new LlmException(LlmException.Kind.TIMEOUT, "timeout after " + timeout.toSeconds() + " s");
    }

    private LlmException failure(Throwable cause) {
        return switch (cause) {
            case HttpTimeoutException timedOut -> timedOut();
            case ConnectException refused -> new LlmException(LlmException.Kind.UNREACHABLE, "cannot connect to "
                    + endpoint.getHost() + ": check OPENAI_BASE_URL");
            case CappedBody.TooLarge large -> new LlmException(LlmException.Kind.BAD_OUTPUT, "the answer was longer"
                    + " than " + MAX_RESPONSE_BYTES / 1024 + " KiB");
            case null, default -> new LlmException(LlmException.Kind.UNREACHABLE, "connection failed: "
                    + (cause == null ? "unknown" : cause.getClass().getSimpleName()));
        };
    }

    private Duration retryWait(HttpResponse<String> response) {
        Duration wait = Duration.ofSeconds(1);
        Optional<String> header = response.headers().firstValue("Retry-After");
        if (header.isPresent()) {
            try {
                wait = Duration.ofMillis((long) (Double.parseDouble(header.get().strip()) * 1000));
            } catch (NumberFormatException ignored) {
                // an HTTP date: keep the default wait
            }
        }
        return wait.compareTo(maxRetryWait) > 0 ? maxRetryWait : wait;
    }

    private static void sleep(Duration wait) throws LlmException {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LlmException(LlmException.Kind.UNREACHABLE, "interrupted");
        }
    }

    private String contentOf(HttpResponse<String> response) throws LlmException {
        int status = response.statusCode();
        if (status == 401 || status == 403) {
            throw new LlmException(LlmException.Kind.REFUSED, "HTTP " + status + ": check OPENAI_API_KEY");
        }
        if (status == 429) {
            throw new LlmException(LlmException.Kind.RATE_LIMITED, "HTTP 429: rate limited");
        }
        if (status >= 500) {
            throw new LlmException(LlmException.Kind.SERVER_ERROR, "HTTP " + status + " from the model server");
        }
        if (status != 200) {
            throw new LlmException(LlmException.Kind.REFUSED, "HTTP " + status + ": check the model name and"
                    + " OPENAI_BASE_URL");
        }
        String text;
        try {
            JsonNode content = mapper.readTree(response.body()).path("choices").path(0).path("message").path("content");
            if (!content.isTextual() || content.asText().isBlank()) {
                throw new LlmException(LlmException.Kind.BAD_OUTPUT, "the answer had no content");
            }
            text = content.asText();
        } catch (IOException e) {
            throw new LlmException(LlmException.Kind.BAD_OUTPUT, "the answer was not JSON");
        }
        if (secrets.appearIn(text)) {
            // a server that echoes our request (its Authorization header) must not show the key to a trainee
            throw new LlmException(LlmException.Kind.BAD_OUTPUT, "the answer repeated a server secret");
        }
        return text;
    }
}
