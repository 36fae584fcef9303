package dev.needle.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.needle.app.http.testing.ReferenceLog;
import dev.needle.app.http.testing.RunningNeedle;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every API error is JSON {@code {"error": {code, message, details}}} with the right status. */
class ApiErrorsTest {

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
    void top_nZero_is400NamingParameterAndValue() {
        HttpResponse<String> response = needle.get("/api/v1/traffic/top?field=ip&n=0");

        JsonNode error = error(response, 400);
        assertThat(error.get("code").asText()).isEqualTo("bad_request");
        assertThat(error.get("message").asText()).isEqualTo("parameter 'n': must be 1 to 1000");
        assertThat(error.get("details").get("parameter").asText()).isEqualTo("n");
        assertThat(error.get("details").get("value").asText()).isEqualTo("0");
    }

    @Test
    void top_nNotANumber_is400NamingValue() {
        JsonNode error = error(needle.get("/api/v1/traffic/top?n=ten"), 400);

        assertThat(error.get("message").asText())
                .isEqualTo("parameter 'n': expected a whole number");
        assertThat(error.get("details").get("value").asText()).isEqualTo("ten");
    }

    @Test
    void top_unknownField_is400ListingTheFields() {
        JsonNode error = error(needle.get("/api/v1/traffic/top?field=cookie"), 400);

        assertThat(error.get("details").get("parameter").asText()).isEqualTo("field");
        assertThat(error.get("details").get("value").asText()).isEqualTo("cookie");
        assertThat(error.get("message").asText()).contains("'cookie'", "ip", "path", "asn");
    }

    @Test
    void series_unknownBucket_is400() {
        JsonNode error = error(needle.get("/api/v1/traffic/series?bucket=5m"), 400);

        assertThat(error.get("details").get("parameter").asText()).isEqualTo("bucket");
        assertThat(error.get("message").asText()).contains("'5m'", "1m, 1h or 1d");
    }

    @Test
    void series_splitLimitAboveMaximum_is400() {
        JsonNode error = error(needle.get("/api/v1/traffic/series?split=ip&n=51"), 400);

        assertThat(error.get("message").asText()).isEqualTo("parameter 'n': must be 1 to 50");
    }

    @Test
    void summary_sinceNotAnInstant_is400NamingSince() {
        JsonNode error = error(needle.get("/api/v1/traffic/summary?since=yesterday"), 400);

        assertThat(error.get("details").get("parameter").asText()).isEqualTo("since");
        assertThat(error.get("details").get("value").asText()).isEqualTo("yesterday");
        assertThat(error.get("message").asText()).contains("ISO-8601");
    }

    @Test
    void summary_untilBeforeSince_is400NamingUntil() {
        JsonNode error = error(needle.get("/api/v1/traffic/summary"
                + "?since=2015-05-18T00:00:00Z&until=2015-05-17T00:00:00Z"), 400);

        assertThat(error.get("details").get("parameter").asText()).isEqualTo("until");
        assertThat(error.get("message").asText()).contains("after since");
    }

    @Test
    void findings_unknownParameter_is400ListingTheKnownOnes() {
        JsonNode error = error(needle.get("/api/v1/traffic/findings?limit=5"), 400);

        assertThat(error.get("details").get("parameter").asText()).isEqualTo("limit");
        assertThat(error.get("message").asText()).contains("[since, until, where]");
    }

    @Test
    void top_repeatedParameter_is400() {
        JsonNode error = error(needle.get("/api/v1/traffic/top?field=ip&field=path"), 400);

        assertThat(error.get("details").get("parameter").asText()).isEqualTo("field");
        assertThat(error.get("message").asText()).contains("given 2 times");
    }

    @Test
    void top_malformedWhere_is400NamingWhereAndExpression() {
        String where = "ip = = \"";

        JsonNode error = error(needle.get("/api/v1/traffic/top?where="
                + URLEncoder.encode(where, StandardCharsets.UTF_8)), 400);

        assertThat(error.get("code").asText()).isEqualTo("bad_request");
        assertThat(error.get("details").get("parameter").asText()).isEqualTo("where");
        assertThat(error.get("details").get("value").asText()).isEqualTo(where);
    }

    @Test
    void unknownApiPath_is404Json() {
        JsonNode error = error(needle.get("/api/v1/traffic/bottom"), 404);

        assertThat(error.get("code").asText()).isEqualTo("not_found");
        assertThat(error.get("details").get("path").asText()).isEqualTo("/api/v1/traffic/bottom");
    }

    @Test
    void postToGetRoute_is404Json() {
        HttpResponse<String> response = needle.send(HttpRequest.newBuilder(
                URI.create(needle.url("/api/v1/traffic/top")))
                .POST(HttpRequest.BodyPublishers.noBody()).build());

        assertThat(error(response, 404).get("code").asText()).isEqualTo("not_found");
    }

    @Test
    void unknownPageOutsideApi_is404Text() {
        HttpResponse<String> response = needle.get("/nowhere");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).isEqualTo("Not found\n");
    }

    @Test
    void storeFailure_is500WithRequestIdAndNoInternals(@TempDir Path otherDir) {
        try (RunningNeedle broken = RunningNeedle.start(otherDir,
                List.of(ReferenceLog.resource("hostile-agents.log")))) {
            broken.traffic().close();

            HttpResponse<String> response = broken.get("/api/v1/traffic/summary");

            JsonNode error = error(response, 500);
            String id = response.headers().firstValue("X-Request-Id").orElseThrow();
            assertThat(error.get("code").asText()).isEqualTo("internal");
            assertThat(error.get("details").get("requestId").asText()).isEqualTo(id);
            assertThat(error.get("message").asText()).contains(id);
            assertThat(response.body()).doesNotContainIgnoringCase("exception")
                    .doesNotContainIgnoringCase("duckdb").doesNotContainIgnoringCase("sql")
                    .doesNotContain("dev.needle").doesNotContain("at ");
        }
    }

    private static JsonNode error(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).get().asString()
                .startsWith("application/json");
        JsonNode body = RunningNeedle.json(response);
        assertThat(body.size()).isEqualTo(1);
        JsonNode error = body.get("error");
        assertThat(error.has("code") && error.has("message") && error.has("details")).isTrue();
        return error;
    }
}
