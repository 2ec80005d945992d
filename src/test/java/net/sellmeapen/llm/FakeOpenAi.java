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
import java.util.concurrent.ExecutorService;
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
    public record Answer(int status, String body, String retryAfter, long delayMillis, Hostile hostile) {
        Answer(int status, String body, String retryAfter, long delayMillis) {
            this(status, body, retryAfter, delayMillis, null);
        }
    }

    /** How a broken or hostile model server can misbehave. */
    public enum Hostile {
        /** Sends 200 and its headers, a few bytes of body, then nothing for a minute. */
        STALL_AFTER_HEADERS,
        /** Sends a byte of body every 200 ms, for a minute. */
        TRICKLE,
        /** Streams body as fast as the client reads, up to 1 GiB. */
        ENDLESS,
        /** Answers normally, with the request's Authorization header inside the message content. */
        ECHO_AUTHORIZATION
    }

    public final List<JsonNode> requests = new CopyOnWriteArrayList<>();
    public final List<String> authorizations = new CopyOnWriteArrayList<>();
    public final List<String> schemaProblems = new CopyOnWriteArrayList<>();
    private final ConcurrentLinkedDeque<Answer> answers = new ConcurrentLinkedDeque<>();
    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();

    public FakeOpenAi() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/v1/chat/completions", this::handle);
        server.setExecutor(threads);
        server.start();
    }

    /** Scripted answers not yet given. */
    public int pending() {
        return answers.size();
    }

    /** Drops the next scripted answer. */
    public void skip() {
        answers.poll();
    }

    /** Misbehaves this way for the next {@code times} requests. */
    public FakeOpenAi hostile(Hostile how, int times) {
        for (int i = 0; i < times; i++) {
            answers.add(new Answer(200, "", null, 0, how));
        }
        return this;
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
        if (answer.hostile() != null) {
            misbehave(exchange, answer.hostile());
            return;
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

    private void misbehave(HttpExchange exchange, Hostile how) throws IOException {
        if (how == Hostile.ECHO_AUTHORIZATION) {
            String echoed = "You sent: " + exchange.getRequestHeaders().getFirst("Authorization");
            content("{\"reply\":" + TestApp.MAPPER.writeValueAsString(echoed) + ",\"decision\":\"none\","
                    + "\"categories\":{}}");
            Answer answer = answers.pollLast();
            byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
            return;
        }
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, 0); // chunked: no length
        try (OutputStream out = exchange.getResponseBody()) {
            out.write("{\"id\":\"chatcmpl-".getBytes(StandardCharsets.UTF_8));
            out.flush();
            switch (how) {
                case STALL_AFTER_HEADERS -> Thread.sleep(60_000);
                case TRICKLE -> {
                    for (int i = 0; i < 300; i++) {
                        out.write('x');
                        out.flush();
                        Thread.sleep(200);
                    }
                }
                case ENDLESS -> {
                    byte[] chunk = "x".repeat(64 * 1024).getBytes(StandardCharsets.UTF_8);
                    for (int i = 0; i < 16 * 1024; i++) {
                        out.write(chunk);
                    }
                }
                default -> throw new IllegalStateException(how.name());
            }
        } catch (IOException | InterruptedException clientGaveUp) {
            // the client closed the connection, as it should
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
