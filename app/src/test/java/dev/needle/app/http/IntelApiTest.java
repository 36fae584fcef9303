package dev.needle.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.needle.app.http.testing.IntelFixture;
import dev.needle.app.http.testing.ReferenceLog;
import dev.needle.app.http.testing.RunningNeedle;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The intel API over real HTTP, as the organisation that owns the data: search, pagination,
 * aggregates, pivots, the graph, matching, import errors and export. Expected values come from
 * the sample files: the Feodo Tracker sample lists 28 Pikabot C2 servers, one per line.
 */
class IntelApiTest {

    private static final int FEODO_EVENTS = 28;

    @TempDir
    static Path dataDir;

    private static RunningNeedle needle;
    private static IntelFixture intel;
    private static List<String> feodoIps;

    @BeforeAll
    static void start() throws IOException {
        needle = RunningNeedle.start(dataDir, List.of(ReferenceLog.resource("hostile-agents.log")));
        intel = IntelFixture.create(needle);
        feodoIps = Files.readAllLines(IntelFixture.FEEDS
                        .resolve("abusech/feodotracker_ipblocklist.csv")).stream()
                .filter(line -> line.startsWith("\"2")).map(line -> line.split("\",\"")[1])
                .toList();
    }

    @AfterAll
    static void stop() {
        needle.close();
    }

    @Test
    void datasets_owner_listsItsThreeDatasets() {
        JsonNode body = json(needle.get("/api/v1/datasets", intel.acmeRead()));

        List<String> names = new ArrayList<>();
        body.get("datasets").forEach(d -> names.add(d.get("name").asText()));
        assertThat(names).containsExactlyInAnyOrder("feodo", "apt1", "pages");
    }

    @Test
    void events_filterOnDatasetAndType_returnsEveryFeodoIp() {
        JsonNode body = json(needle.get("/api/v1/events?dataset=feodo&pageSize=100&search="
                + enc("indicatorType:equals:ipv4"), intel.acmeRead()));

        Set<String> ips = new HashSet<>();
        body.get("events").forEach(e -> ips.add(e.get("indicators").get(0).get("value").asText()));
        assertThat(feodoIps).hasSize(FEODO_EVENTS);
        assertThat(ips).containsExactlyInAnyOrderElementsOf(feodoIps);
        assertThat(body.get("cursor").isNull()).isTrue();
        assertThat(body.get("completeness").get("complete").asBoolean()).isTrue();
    }

    @Test
    void events_inOperator_selectsOnlyTheNamedIps() {
        String values = feodoIps.get(0) + "," + feodoIps.get(1) + ",192.0.2.1";

        JsonNode body = json(needle.get("/api/v1/events?dataset=all&search="
                + enc("indicator:in:" + values), intel.acmeRead()));

        assertThat(body.get("events")).hasSize(2);
    }

    @Test
    void events_cursor_secondPageContinuesExactlyWhileAnImportHappens() {
        String query = "/api/v1/events?dataset=feodo&dataset=pages&orderBy=date&order=desc";
        List<String> all = ids(json(needle.get(query + "&pageSize=100", intel.acmeRead())));
        JsonNode first = json(needle.get(query + "&pageSize=10", intel.acmeRead()));
        String cursor = first.get("cursor").asText();

        intel.importFeed(needle, "pages", "abusech/threatfox_recent_iocs.json");
        JsonNode second = json(needle.get("/api/v1/events?cursor=" + enc(cursor),
                intel.acmeRead()));
        List<String> fresh = ids(json(needle.get(query + "&pageSize=100", intel.acmeRead())));

        assertThat(all).hasSize(FEODO_EVENTS);
        assertThat(ids(first)).isEqualTo(all.subList(0, 10));
        assertThat(ids(second)).isEqualTo(all.subList(10, 20));
        assertThat(fresh).hasSizeGreaterThan(FEODO_EVENTS);
    }

    @Test
    void events_unknownOperator_is400NamingTheTerm() {
        HttpResponse<String> response = needle.get("/api/v1/events?search="
                + enc("attacker:near:APT1"), intel.acmeRead());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("error").get("details").get("value").asText())
                .isEqualTo("attacker:near:APT1");
    }

    @Test
    void event_byId_returnsTheEvent() {
        JsonNode page = json(needle.get("/api/v1/events?dataset=feodo&pageSize=1",
                intel.acmeRead()));
        String id = page.get("events").get(0).get("id").asText();

        JsonNode event = json(needle.get("/api/v1/datasets/feodo/events/" + id,
                intel.acmeRead()));

        assertThat(event.get("id").asText()).isEqualTo(id);
        assertThat(event.get("headline").asText()).startsWith("Pikabot botnet C2 server");
    }

    @Test
    void aggregate_byCategory_countsEveryFeodoEvent() {
        JsonNode body = json(needle.get("/api/v1/events/aggregate?dataset=feodo&by=category",
                intel.acmeRead()));

        assertThat(body.get("total").asLong()).isEqualTo(FEODO_EVENTS);
        assertThat(body.get("rows")).hasSize(1);
        assertThat(body.get("rows").get(0).get("count").asLong()).isEqualTo(FEODO_EVENTS);
        assertThat(body.get("rows").get(0).get("key").get("category").asText())
                .isEqualTo("Botnet C2");
    }

    @Test
    void events_labelsWritten_areDocumentedAndSearchableAsWritten() {
        JsonNode schemas = json(needle.get("/api/v1/openapi.json")).get("components")
                .get("schemas");
        JsonNode event = json(needle.get("/api/v1/events?dataset=feodo&pageSize=1",
                intel.acmeRead())).get("events").get(0);
        String type = event.get("indicators").get(0).get("type").asText();
        String tlp = event.get("tlp").asText();
        String stage = event.get("killChainStage").asText();

        JsonNode found = json(needle.get("/api/v1/events?dataset=feodo&pageSize=100"
                + "&search=" + enc("indicatorType:equals:" + type)
                + "&search=" + enc("tlp:equals:" + tlp)
                + "&search=" + enc("killChain:equals:" + stage), intel.acmeRead()));

        assertThat(List.of(type, tlp, stage)).containsExactly("ipv4", "clear",
                "command-and-control");
        assertThat(documented(schemas, "IndicatorType")).contains(type);
        assertThat(documented(schemas, "Tlp")).contains(tlp);
        assertThat(documented(schemas, "KillChainStage")).contains(stage);
        assertThat(found.get("events")).hasSize(FEODO_EVENTS);
    }

    @Test
    void events_amberStrictWithAnUnencodedPlus_isAccepted() {
        HttpResponse<String> response = needle.get("/api/v1/events?dataset=feodo&pageSize=100"
                + "&search=tlp:in:amber+strict,clear", intel.acmeRead());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(json(response).get("events")).hasSize(FEODO_EVENTS);
    }

    @Test
    void aggregateAndDatasets_writeTheDocumentedLabels() {
        JsonNode schemas = json(needle.get("/api/v1/openapi.json")).get("components")
                .get("schemas");
        JsonNode counts = json(needle.get("/api/v1/events/aggregate?dataset=feodo"
                + "&by=killChainStage", intel.acmeRead()));
        JsonNode feodo = json(needle.get("/api/v1/datasets", intel.acmeRead())).get("datasets")
                .get(1);

        assertThat(counts.get("by").get(0).asText()).isEqualTo("killChainStage");
        assertThat(counts.get("rows").get(0).get("key").get("killChainStage").asText())
                .isEqualTo("command-and-control");
        assertThat(feodo.get("sharing").get("visibility").asText()).isEqualTo("private");
        List<String> decayTypes = new ArrayList<>();
        feodo.get("decay").get("byType").fieldNames().forEachRemaining(decayTypes::add);
        assertThat(decayTypes).isNotEmpty().contains("ipv4");
        assertThat(documented(schemas, "IndicatorType")).containsAll(decayTypes);
        assertThat(documented(schemas, "AggregateDimension")).contains("killChainStage");
    }

    @Test
    void aggregate_perDay_rowsSumToTheTotal() {
        JsonNode body = json(needle.get(
                "/api/v1/events/aggregate?dataset=feodo&by=category&perDay=true",
                intel.acmeRead()));

        long sum = 0;
        for (JsonNode row : body.get("rows")) {
            sum += row.get("count").asLong();
            assertThat(row.get("day").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
        }
        assertThat(sum).isEqualTo(FEODO_EVENTS);
    }

    @Test
    void pivot_feodoIp_findsItsEvent() {
        String ip = feodoIps.getFirst();

        JsonNode body = json(needle.get("/api/v1/indicators/ipv4/" + ip + "/pivot",
                intel.acmeRead()));

        assertThat(body.get("events")).hasSize(1);
        assertThat(body.get("events").get(0).get("headline").asText()).contains(ip);
    }

    @Test
    void graph_indicatorSeed_reachesItsEvent() {
        String ip = feodoIps.getFirst();

        JsonNode body = json(needle.get("/api/v1/graph?maxNodes=10&seed="
                + enc("indicator:ipv4:" + ip), intel.acmeRead()));

        List<String> kinds = new ArrayList<>();
        body.get("nodes").forEach(n -> kinds.add(n.get("kind").asText()));
        assertThat(kinds).contains("indicator", "event");
    }

    @Test
    void match_feodoIpKnown_documentationIpUnknown() {
        String body = "[\"" + feodoIps.getFirst() + "\", \"192.0.2.1\", \"not an indicator\"]";

        JsonNode results = json(needle.post("/api/v1/indicators/match", intel.acmeRead(),
                body.getBytes(StandardCharsets.UTF_8))).get("results");

        assertThat(results).hasSize(3);
        assertThat(results.get(0).get("known").asBoolean()).isTrue();
        assertThat(results.get(0).get("matches").get(0).get("dataset").asText())
                .isEqualTo("feodo");
        assertThat(results.get(1).get("known").asBoolean()).isFalse();
        assertThat(results.get(2).get("recognised").asBoolean()).isFalse();
    }

    @Test
    void import_brokenStix_is400NamingThePlace() {
        HttpResponse<String> response = needle.post("/api/v1/datasets/pages/import?format=stix",
                intel.acmeAdmin(), "{\"type\": \"bundle\", \"objects\": [".getBytes(
                        StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode error = json(response).get("error");
        assertThat(error.get("code").asText()).isEqualTo("bad_request");
        assertThat(error.get("details").get("place").asText()).startsWith("body");
    }

    @Test
    void import_readToken_is403() {
        HttpResponse<String> response = needle.post("/api/v1/datasets/feodo/import",
                intel.acmeRead(), "x".getBytes(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(json(response).get("error").get("code").asText()).isEqualTo("forbidden");
    }

    @Test
    void export_stix_holdsOneIndicatorPerFeodoIp() {
        HttpResponse<String> response = needle.get("/api/v1/events/export?format=stix"
                + "&dataset=feodo", intel.acmeRead());

        JsonNode bundle = json(response);
        Set<String> patterns = new HashSet<>();
        bundle.get("objects").forEach(o -> {
            if (o.get("type").asText().equals("indicator")) {
                patterns.add(o.get("pattern").asText());
            }
        });
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(bundle.get("type").asText()).isEqualTo("bundle");
        assertThat(patterns).hasSize(FEODO_EVENTS);
        assertThat(patterns).allMatch(p -> feodoIps.stream().anyMatch(p::contains));
    }

    @Test
    void export_blocklist_listsEveryFeodoIp() {
        HttpResponse<String> response = needle.get("/api/v1/events/export?format=blocklist"
                + "&dataset=feodo", intel.acmeRead());

        List<String> lines = response.body().lines()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        assertThat(lines).containsExactlyInAnyOrderElementsOf(feodoIps);
    }

    @Test
    void export_forAnotherOrganisation_keepsTlpClearFeodoEvents() {
        HttpResponse<String> response = needle.get("/api/v1/events/export?format=blocklist"
                + "&dataset=feodo&recipient=rival", intel.acmeRead());

        List<String> lines = response.body().lines()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        assertThat(lines).containsExactlyInAnyOrderElementsOf(feodoIps);
    }

    @Test
    void export_unknownFormat_is400NamingIt() {
        HttpResponse<String> response = needle.get("/api/v1/events/export?format=pdf",
                intel.acmeRead());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("error").get("details").get("parameter").asText())
                .isEqualTo("format");
    }

    /** The values an enum schema of the OpenAPI document lists. */
    private static List<String> documented(JsonNode schemas, String name) {
        List<String> values = new ArrayList<>();
        schemas.get(name).get("enum").forEach(value -> values.add(value.asText()));
        return values;
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("events").forEach(e -> ids.add(e.get("id").asText()));
        return ids;
    }

    static JsonNode json(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isLessThan(500);
        return RunningNeedle.json(response);
    }

    static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
