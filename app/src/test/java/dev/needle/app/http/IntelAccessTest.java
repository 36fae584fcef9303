package dev.needle.app.http;

import static dev.needle.app.http.IntelApiTest.enc;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.needle.app.http.testing.IntelFixture;
import dev.needle.app.http.testing.ReferenceLog;
import dev.needle.app.http.testing.RunningNeedle;
import dev.needle.intel.service.Scope;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Access over HTTP: an organisation that may read none of acme's datasets sees no trace of
 * them (not found or empty everywhere, no counts), a request without a token is a 401, and a
 * token without the needed scope a 403.
 */
class IntelAccessTest {

    /** A Feodo Tracker C2 of the sample, imported into acme's private dataset. */
    private static final String FEODO_IP = "192.9.135.73";

    @TempDir
    static Path dataDir;

    private static RunningNeedle needle;
    private static IntelFixture intel;
    private static String feodoEventId;

    @BeforeAll
    static void start() {
        needle = RunningNeedle.start(dataDir, List.of(ReferenceLog.resource("hostile-agents.log")));
        intel = IntelFixture.create(needle);
        feodoEventId = RunningNeedle.json(needle.get("/api/v1/events?dataset=feodo&pageSize=1",
                intel.acmeRead())).get("events").get(0).get("id").asText();
    }

    @AfterAll
    static void stop() {
        needle.close();
    }

    @Test
    void datasets_rival_listsNone() {
        JsonNode body = RunningNeedle.json(needle.get("/api/v1/datasets", intel.rivalRead()));

        assertThat(body.get("datasets")).isEmpty();
    }

    @Test
    void events_rivalOverAll_returnsNoEvents() {
        JsonNode body = RunningNeedle.json(needle.get("/api/v1/events?dataset=all",
                intel.rivalRead()));

        assertThat(body.get("events")).isEmpty();
        assertThat(body.get("cursor").isNull()).isTrue();
    }

    @Test
    void events_rivalNamingAcmeDataset_is404LikeAMissingOne() {
        HttpResponse<String> hidden = needle.get("/api/v1/events?dataset=feodo",
                intel.rivalRead());
        HttpResponse<String> missing = needle.get("/api/v1/events?dataset=nosuch",
                intel.rivalRead());

        assertThat(hidden.statusCode()).isEqualTo(404);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(RunningNeedle.json(hidden).get("error").get("message").asText())
                .isEqualTo("no dataset 'feodo'");
        assertThat(hidden.body().replace("feodo", "X"))
                .isEqualTo(missing.body().replace("nosuch", "X"));
    }

    @Test
    void event_rivalById_is404() {
        HttpResponse<String> response = needle.get("/api/v1/datasets/feodo/events/"
                + feodoEventId, intel.rivalRead());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).doesNotContain("Pikabot");
    }

    @Test
    void aggregate_rivalOverAll_totalIsZero() {
        JsonNode body = RunningNeedle.json(needle.get(
                "/api/v1/events/aggregate?by=category", intel.rivalRead()));

        assertThat(body.get("total").asLong()).isZero();
        assertThat(body.get("rows")).isEmpty();
    }

    @Test
    void aggregate_rivalNamingAcmeDataset_is404() {
        HttpResponse<String> response = needle.get(
                "/api/v1/events/aggregate?dataset=feodo&by=category", intel.rivalRead());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).doesNotContain("28");
    }

    @Test
    void match_rival_feodoIpUnknown() {
        JsonNode body = RunningNeedle.json(needle.post("/api/v1/indicators/match",
                intel.rivalRead(), ("[\"" + FEODO_IP + "\"]").getBytes(StandardCharsets.UTF_8)));

        assertThat(body.get("results").get(0).get("known").asBoolean()).isFalse();
    }

    @Test
    void match_owner_feodoIpKnown() {
        JsonNode body = RunningNeedle.json(needle.post("/api/v1/indicators/match",
                intel.acmeRead(), ("[\"" + FEODO_IP + "\"]").getBytes(StandardCharsets.UTF_8)));

        assertThat(body.get("results").get(0).get("known").asBoolean()).isTrue();
    }

    @Test
    void pivotAndGraph_rival_findNothing() {
        JsonNode pivot = RunningNeedle.json(needle.get("/api/v1/indicators/ipv4/" + FEODO_IP
                + "/pivot", intel.rivalRead()));
        JsonNode graph = RunningNeedle.json(needle.get("/api/v1/graph?seed="
                + enc("event:" + feodoEventId), intel.rivalRead()));

        assertThat(pivot.get("events")).isEmpty();
        assertThat(graph.get("nodes")).isEmpty();
    }

    @Test
    void export_rival_holdsNoAcmeEvent() {
        HttpResponse<String> all = needle.get("/api/v1/events/export?format=blocklist",
                intel.rivalRead());
        HttpResponse<String> named = needle.get(
                "/api/v1/events/export?format=blocklist&dataset=feodo", intel.rivalRead());

        assertThat(all.statusCode()).isEqualTo(200);
        assertThat(all.body()).doesNotContain(FEODO_IP);
        assertThat(named.statusCode()).isEqualTo(404);
    }

    @Test
    void taxiiCollections_rival_listsNone() {
        HttpResponse<String> response = needle.get("/taxii2/api/collections/",
                intel.rivalRead());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(RunningNeedle.json(response).has("collections")).isFalse();
    }

    @Test
    void events_noToken_is401Unauthorized() {
        HttpResponse<String> response = needle.get("/api/v1/events");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(RunningNeedle.json(response).get("error").get("code").asText())
                .isEqualTo("unauthorized");
    }

    @Test
    void events_unknownToken_is401() {
        HttpResponse<String> response = needle.get("/api/v1/events", "not-a-token");

        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void taxii_noToken_is401InTaxiiShape() {
        HttpResponse<String> response = needle.get("/taxii2/");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).get().asString()
                .startsWith("application/taxii+json");
        assertThat(RunningNeedle.json(response).get("http_status").asText()).isEqualTo("401");
    }

    @Test
    void import_readToken_is403() {
        HttpResponse<String> response = needle.post("/api/v1/datasets/feodo/import",
                intel.acmeRead(), "[]".getBytes(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void createDataset_readToken_is403() {
        HttpResponse<String> response = needle.post("/api/v1/datasets", intel.acmeRead(),
                "{\"name\": \"more\"}".getBytes(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(RunningNeedle.json(response).get("error").get("details").get("scope")
                .asText()).isEqualTo("admin");
    }

    @Test
    void import_rivalWriterIntoAcmeDataset_is404() {
        String writer = needle.parts().intel()
                .issueToken("rival", Set.of(Scope.WRITE), "writer").secret();

        HttpResponse<String> response = needle.post("/api/v1/datasets/feodo/import",
                writer, "[]".getBytes(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(404);
    }

    @Test
    void trafficApi_noToken_stillAnswers() {
        HttpResponse<String> response = needle.get("/api/v1/traffic/summary");

        assertThat(response.statusCode()).isEqualTo(200);
    }
}
