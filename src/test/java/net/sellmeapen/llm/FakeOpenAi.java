package net.sellmeapen.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import net.sellmeapen.OpenAiSchemas;
import net.sellmeapen.TestApp;

/**
 * A stand-in for an OpenAI-compatible chat-completions server: it records each request (checked
 * against OpenAI's request schema) and answers from a queue of scripted replies (each checked
 * against the response schema); with the queue empty it answers 500.
 */
public final class FakeOpenAi implements AutoCloseable {

    /** One scripted answer. */
    public record Answer(int status, String body, String retryAfter, long delayMillis) {
    }

    public final List<JsonNode> requests = new CopyOnWriteArrayList<>();
    public final List<String> authorizations = new CopyOnWriteArrayList<>();
    public final List<String> schemaProblems = new CopyOnWriteArrayList<>();
    private final ConcurrentLinkedDeque<Answer> answers = new ConcurrentLinkedDeque<>();
    private final HttpServer server;

    public FakeOpenAi() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/v1/chat/completions", this::handle);
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    /** Answers with a completion whose message content is this text. */
    public FakeOpenAi content(String content) {
        ObjectNode body = TestApp.MAPPER.createObjectNode().put("id", "chatcmpl-fake").put("object", "chat.completion")
                .put("created", 1_790_000_000L).put("model", "fake-model");
        ObjectNode choice = body.putArray("choices").addObject();
        choice.put("index", 0).put("finish_reason", "stop").putNull("logprobs");
        choice.putObject("message").put("role", "assistant").put("content", content).putNull("refusal");
        body.putObject("usage").put("prompt_tokens", 100).put("completion_tokens", 50).put("total_tokens", 150);
        List<String> problems = OpenAiSchemas.errors(OpenAiSchemas.CHAT_RESPONSE, body.toString());
        if (!problems.isEmpty()) {
            schemaProblems.add("response: " + problems);
        }
        answers.add(new Answer(200, body.toString(), null, 0));
        return this;
    }

    public FakeOpenAi status(int status, String retryAfter) {
        answers.add(new Answer(status, "{\"error\":{\"message\":\"scripted failure\",\"type\":\"test\"}}", retryAfter, 0));
        return this;
    }

    public FakeOpenAi slow(long delayMillis, String content) {
        content(content);
        Answer answer = answers.pollLast();
        answers.add(new Answer(answer.status(), answer.body(), null, delayMillis));
        return this;
    }

    private void handle(HttpExchange exchange) throws IOException {
        String request = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        authorizations.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
        List<String> problems = OpenAiSchemas.errors(OpenAiSchemas.CHAT_REQUEST, request);
        if (!problems.isEmpty()) {
            schemaProblems.add("request: " + problems);
        }
        requests.add(TestApp.MAPPER.readTree(request));
        Answer answer = answers.poll();
        if (answer == null) {
            answer = new Answer(500, "{\"error\":{\"message\":\"no scripted answer\"}}", null, 0);
        }
        if (answer.delayMillis() > 0) {
            try {
                Thread.sleep(answer.delayMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        if (answer.retryAfter() != null) {
            exchange.getResponseHeaders().add("Retry-After", answer.retryAfter());
        }
        try {
            exchange.sendResponseHeaders(answer.status(), body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        } catch (IOException clientGaveUp) {
            // the client timed out first, as the slow-server test intends
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
