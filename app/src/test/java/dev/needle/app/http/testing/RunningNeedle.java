package dev.needle.app.http.testing;

import com.fasterxml.jackson.databind.JsonNode;
import dev.needle.app.http.NeedleServer;
import dev.needle.app.http.ServerConfig;
import dev.needle.app.json.Json;
import dev.needle.app.NeedleParts;
import dev.needle.app.analyst.AnalystRef;
import dev.needle.app.analyst.PlannerChoice;
import dev.needle.app.intel.LocalIntel;
import dev.needle.intel.service.IntelService;
import dev.needle.traffic.DuckDbTrafficService;
import dev.needle.traffic.TrafficService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A Needle server on 127.0.0.1 and a free port, answering from a real DuckDB store in a
 * test's temporary folder that has ingested the given logs; and an HTTP client for it.
 */
public final class RunningNeedle implements AutoCloseable {

    private final NeedleParts parts;
    private final NeedleServer server;
    private final HttpClient client = HttpClient.newHttpClient();

    private RunningNeedle(NeedleParts parts, NeedleServer server) {
        this.parts = parts;
        this.server = server;
    }

    /** Ingests {@code logs} into a store under {@code dataDir} and starts a server on it. */
    public static RunningNeedle start(Path dataDir, List<ReferenceLog> logs) {
        DuckDbTrafficService traffic = DuckDbTrafficService.open(dataDir);
        IntelService intel = LocalIntel.open(dataDir, Optional.empty());
        NeedleParts parts = new NeedleParts(traffic, intel, AnalystRef.of(dataDir,
                Optional.empty(), traffic, intel, PlannerChoice.embedded()));
        try {
            parts.traffic().ingest(logs.stream().map(ReferenceLog::file).toList(),
                    Optional.empty());
            return new RunningNeedle(parts,
                    NeedleServer.start(new ServerConfig("127.0.0.1", 0), parts));
        } catch (RuntimeException e) {
            parts.close();
            throw e;
        }
    }

    /** The store the server answers from. */
    public TrafficService traffic() {
        return parts.traffic();
    }

    /** The parts the server answers from. */
    public NeedleParts parts() {
        return parts;
    }

    /** The server. */
    public NeedleServer server() {
        return server;
    }

    /** The absolute URL of {@code pathAndQuery}. */
    public String url(String pathAndQuery) {
        return "http://127.0.0.1:" + server.port() + pathAndQuery;
    }

    /** Sends a GET and returns the response with its body as text. */
    public HttpResponse<String> get(String pathAndQuery) {
        return send(HttpRequest.newBuilder(URI.create(url(pathAndQuery))).GET().build());
    }

    /** Sends a GET with {@code token} as Bearer and returns the response. */
    public HttpResponse<String> get(String pathAndQuery, String token) {
        return send(request(pathAndQuery, token).GET().build());
    }

    /** Sends a POST of {@code body} with {@code token} as Bearer and returns the response. */
    public HttpResponse<String> post(String pathAndQuery, String token, byte[] body) {
        return send(request(pathAndQuery, token)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    /** A request to {@code pathAndQuery} carrying {@code token} as Bearer. */
    public HttpRequest.Builder request(String pathAndQuery, String token) {
        return HttpRequest.newBuilder(URI.create(url(pathAndQuery)))
                .header("Authorization", "Bearer " + token);
    }

    /** Sends a request and returns the response with its body as text. */
    public HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Parses a response body as JSON. */
    public static JsonNode json(HttpResponse<String> response) {
        try {
            return Json.MAPPER.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + response.body(), e);
        }
    }

    @Override
    public void close() {
        try {
            server.close();
        } finally {
            parts.close();
            client.close();
        }
    }
}
