package dev.needle.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.app.http.testing.ReferenceLog;
import dev.needle.app.http.testing.RunningNeedle;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/** Health, metrics, static files and the security headers on every kind of response. */
class ServerBasicsTest {

    @TempDir
    static Path dataDir;

    private static RunningNeedle needle;

    @BeforeAll
    static void start() {
        needle = RunningNeedle.start(dataDir, List.of(ReferenceLog.resource("hostile-agents.log")));
    }

    @AfterAll
    static void stop() {
        needle.close();
    }

    @Test
    void health_answersStatusOk() {
        HttpResponse<String> response = needle.get("/health");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"status\":\"ok\"}");
    }

    @Test
    void metrics_afterApiCalls_hasRequestTimerByRouteAndJvmGauges() {
        needle.get("/api/v1/traffic/top?field=ua");
        needle.get("/api/v1/traffic/top?n=0");

        HttpResponse<String> response = needle.get("/metrics");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).get().asString()
                .startsWith("text/plain");
        assertThat(response.body())
                .contains("http_server_requests_seconds_count{method=\"GET\","
                        + "route=\"/api/v1/traffic/top\",status=\"200\"}")
                .contains("http_server_requests_seconds_count{method=\"GET\","
                        + "route=\"/api/v1/traffic/top\",status=\"400\"}")
                .contains("jvm_memory_used_bytes{")
                .contains("process_uptime_seconds");
    }

    @Test
    void metrics_unknownPaths_shareOneRouteLabel() {
        needle.get("/no/such/page-1");
        needle.get("/no/such/page-2");

        String metrics = needle.get("/metrics").body();

        assertThat(metrics).contains("route=\"unmatched\",status=\"404\"")
                .doesNotContain("page-1");
    }

    @Test
    void staticAsset_isServedWithItsType() {
        HttpResponse<String> response = needle.get("/static/css/needle.css");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).get().asString()
                .startsWith("text/css");
        assertThat(response.body()).contains("--bg:");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/health", "/api/v1/traffic/summary", "/api/v1/traffic/top?n=0",
            "/api/v1/nothing", "/nowhere", "/static/css/needle.css", "/static/js/charts.js",
            "/api/v1/openapi.json"})
    void everyResponse_carriesSecurityHeaders(String path) {
        HttpResponse<String> response = needle.get(path);

        String policy = response.headers().firstValue("Content-Security-Policy").orElse("");
        assertThat(policy).contains("default-src 'self'", "script-src 'self'",
                "style-src 'self'", "frame-ancestors 'none'", "object-src 'none'")
                .doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    }
}
