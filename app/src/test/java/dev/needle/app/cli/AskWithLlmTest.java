package dev.needle.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import dev.needle.app.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code needle ask} with {@code --llm-url}: an OpenAI-compatible server on 127.0.0.1 that
 * fails, so the embedded planner answers and the answer says so. The LLM protocol itself is
 * tested in the analyst module.
 */
class AskWithLlmTest {

    @TempDir
    Path dir;

    private HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();

    @BeforeEach
    void startFailingServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/v1/chat/completions", exchange -> {
            requests.incrementAndGet();
            byte[] body = "{\"error\":{\"message\":\"overloaded\"}}"
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(503, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    @Test
    void failingLlm_embeddedPlannerAnswers_andTheAnswerSaysSo() throws IOException {
        Path log = dir.resolve("hackers.log");
        try (InputStream in = getClass().getResourceAsStream(
                "/demo/logparser_hackers-access.log")) {
            Files.copy(in, log);
        }
        String data = dir.resolve("data").toString();
        assertThat(CliRun.of("ingest", log.toString(), "--data", data).exitCode()).isZero();
        String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";

        CliRun run = CliRun.of("ask", "--json", "--data", data, "--llm-url", url,
                "--llm-model", "scripted", "top 3 ips");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode answer = Json.MAPPER.readTree(run.out());
        assertThat(requests.get()).isEqualTo(1);
        assertThat(answer.at("/evidence/0/tool").asText()).isEqualTo("traffic_top");
        assertThat(answer.at("/table/rows")).hasSize(3);
        assertThat(answer.get("notes").toString()).contains("embedded planner answered");
        assertThat(answer.get("planner").asText()).isEqualTo("embedded");
    }

    @Test
    void llmUrlWithoutV1_isRefusedClearly() {
        CliRun run = CliRun.of("ask", "--data", dir.resolve("data").toString(), "--llm-url",
                "http://127.0.0.1:9/api", "--llm-model", "m", "top ips");
        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err()).contains("/v1").doesNotContain("Exception");
        CliRun half = CliRun.of("ask", "--data", dir.resolve("data").toString(), "--llm-url",
                "http://127.0.0.1:9/v1", "top ips");
        assertThat(half.err()).contains("--llm-url and --llm-model go together");
    }
}
