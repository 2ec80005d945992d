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

/**
 * A small client for {@code POST {base}/chat/completions} on any OpenAI-compatible server (OpenAI,
 * Ollama, vLLM, llama.cpp, LM Studio): bearer key when there is one, timeouts, and one retry on
 * 429 or 5xx that honours {@code Retry-After} up to a bound.
 */
public final class ChatClient {

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

    public ChatClient(ObjectMapper mapper, URI baseUrl, Optional<String> apiKey, Duration timeout,
            Duration maxRetryWait) {
        this.mapper = mapper;
        String base = baseUrl.toString().endsWith("/") ? baseUrl.toString() : baseUrl + "/";
        this.endpoint = URI.create(base + "chat/completions");
        this.apiKey = apiKey;
        this.timeout = timeout;
        this.maxRetryWait = maxRetryWait;
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

    /**
     * Asks the model and returns the text of its first choice. With a schema, the request carries
     * {@code response_format: {type: json_schema, json_schema: {name, strict: true, schema}}}.
     */
    public String complete(String model, List<Message> messages, String schemaName, JsonNode schema, int maxTokens)
            throws LlmException {
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
        HttpResponse<String> response = send(body.toString());
        if (response.statusCode() == 429 || response.statusCode() >= 500) {
            sleep(retryWait(response));
            response = send(body.toString());
        }
        return contentOf(response);
    }

    private HttpResponse<String> send(String body) throws LlmException {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint)
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        apiKey.ifPresent(key -> request.header("Authorization", "Bearer " + key));
        try {
            return http().send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (HttpTimeoutException e) {
            throw new LlmException(LlmException.Kind.TIMEOUT, "timeout after " + timeout.toSeconds() + " s");
        } catch (ConnectException e) {
            throw new LlmException(LlmException.Kind.UNREACHABLE, "cannot connect to " + endpoint.getHost()
                    + ": check OPENAI_BASE_URL");
        } catch (IOException e) {
            throw new LlmException(LlmException.Kind.UNREACHABLE, "connection failed: " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LlmException(LlmException.Kind.UNREACHABLE, "interrupted");
        }
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
        try {
            JsonNode content = mapper.readTree(response.body()).path("choices").path(0).path("message").path("content");
            if (!content.isTextual() || content.asText().isBlank()) {
                throw new LlmException(LlmException.Kind.BAD_OUTPUT, "the answer had no content");
            }
            return content.asText();
        } catch (IOException e) {
            throw new LlmException(LlmException.Kind.BAD_OUTPUT, "the answer was not JSON");
        }
    }
}
