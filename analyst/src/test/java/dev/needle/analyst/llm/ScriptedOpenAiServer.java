package dev.needle.analyst.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * An OpenAI-compatible chat-completions endpoint on 127.0.0.1 that answers from a script. It
 * serves {@code POST /v1/chat/completions}, records each request's body and Authorization
 * header, and replies with the next scripted reply: a tool call, text, an HTTP error, malformed
 * JSON, or nothing at all until it is closed (for client time-outs).
 */
final class ScriptedOpenAiServer implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A scripted reply; {@code {authorization}} in the body is replaced by the header. */
    record Reply(int status, String body, boolean stalls) {

        /** A completion that calls one tool with {@code arguments}, a JSON object as text. */
        static Reply toolCall(String tool, String arguments) {
            return toolCalls(new String[] {tool, arguments});
        }

        /** A completion that calls tools; each pair is a tool name and its arguments. */
        static Reply toolCalls(String[]... calls) {
            ObjectNode message = JSON.createObjectNode().put("role", "assistant");
            message.putNull("content");
            ArrayNode toolCalls = message.putArray("tool_calls");
            for (int i = 0; i < calls.length; i++) {
                ObjectNode call = toolCalls.addObject().put("id", "call_" + (i + 1))
                        .put("type", "function");
                call.putObject("function").put("name", calls[i][0]).put("arguments", calls[i][1]);
            }
            return new Reply(200, completion(message, "tool_calls"), false);
        }

        /** A completion that answers in words. */
        static Reply text(String content) {
            ObjectNode message = JSON.createObjectNode().put("role", "assistant")
                    .put("content", content);
            return new Reply(200, completion(message, "stop"), false);
        }

        /** An HTTP error with an OpenAI-style error body. */
        static Reply error(int status, String message) {
            ObjectNode body = JSON.createObjectNode();
            body.putObject("error").put("message", message).put("type", "server_error");
            return new Reply(status, body.toString(), false);
        }

        /** A 200 whose body is cut off in the middle of the JSON. */
        static Reply malformed() {
            return new Reply(200, "{\"id\": \"chatcmpl-9\", \"object\": \"chat.completion\","
                    + " \"choices\": [{\"index\": 0, \"message\": {\"role\": \"assis", false);
        }

        /** No reply until the server closes: the client must time out. */
        static Reply stall() {
            return new Reply(200, "", true);
        }

        private static String completion(ObjectNode message, String finishReason) {
            ObjectNode root = JSON.createObjectNode().put("id", "chatcmpl-1")
                    .put("object", "chat.completion").put("created", 1768478400L)
                    .put("model", "scripted");
            ObjectNode choice = root.putArray("choices").addObject().put("index", 0);
            choice.set("message", message);
            choice.put("finish_reason", finishReason);
            root.putObject("usage").put("prompt_tokens", 900).put("completion_tokens", 20)
                    .put("total_tokens", 920);
            return root.toString();
        }
    }

    /** A request as the server received it. */
    record Request(String path, String body, Optional<String> authorization) {

        /** The body parsed as JSON. */
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "scripted-openai");
        thread.setDaemon(true);
        return thread;
    });
    private final CountDownLatch closing = new CountDownLatch(1);
    private final Deque<Reply> script = new ArrayDeque<>();
    private final List<Request> requests = new ArrayList<>();

    private ScriptedOpenAiServer(HttpServer server) {
        this.server = server;
    }

    /** Starts a server on a free port of 127.0.0.1. */
    static ScriptedOpenAiServer start() throws IOException {
        HttpServer http = HttpServer.create(
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        ScriptedOpenAiServer scripted = new ScriptedOpenAiServer(http);
        http.createContext("/", scripted::handle);
        http.setExecutor(scripted.executor);
        http.start();
        return scripted;
    }

    /** The base URL a client is given, ending in {@code /v1}. */
    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    /** Queues replies, served in order. */
    synchronized ScriptedOpenAiServer enqueue(Reply... replies) {
        script.addAll(List.of(replies));
        return this;
    }

    /** The requests received so far. */
    synchronized List<Request> requests() {
        return List.copyOf(requests);
    }

    /** The only request received; fails when there were none or several. */
    Request onlyRequest() {
        List<Request> received = requests();
        if (received.size() != 1) {
            throw new AssertionError("expected one request, got " + received.size());
        }
        return received.getFirst();
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(),
                    StandardCharsets.UTF_8);
            Request request = new Request(exchange.getRequestURI().getPath(), body,
                    Optional.ofNullable(exchange.getRequestHeaders().getFirst("Authorization")));
            Reply reply = record(request);
            if (!exchange.getRequestMethod().equals("POST")
                    || !request.path().equals("/v1/chat/completions")) {
                reply = Reply.error(404, "no route " + request.path());
            }
            if (reply.stalls()) {
                awaitClose();
                return;
            }
            String text = reply.body().replace("{authorization}",
                    request.authorization().orElse(""));
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(reply.status(), bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    private synchronized Reply record(Request request) {
        requests.add(request);
        Reply next = script.poll();
        return next != null ? next : Reply.error(500, "the script has no more replies");
    }

    private void awaitClose() {
        try {
            closing.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
