package dev.needle.intel.taxii;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.needle.intel.ThreatEvent;
import dev.needle.intel.export.SampleEvents;
import dev.needle.intel.export.StixSchemaValidator;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TaxiiServerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ROOT = "https://needle.example/taxii2/api/";
    private static final Instant FIRST = Instant.parse("2024-05-01T10:00:00.123456Z");
    private static final Instant SECOND = Instant.parse("2024-05-01T10:00:01Z");
    private static final Instant THIRD = Instant.parse("2024-05-02T08:00:00Z");

    private final TaxiiServer server = new TaxiiServer(TaxiiSettings.of(ROOT));
    private final InMemoryTaxiiSource source = new InMemoryTaxiiSource(Set.of("apt", "spam"))
            .add(in("apt", SampleEvents.c2()), FIRST)
            .add(in("apt", SampleEvents.phishing()), SECOND)
            .add(in("apt", SampleEvents.hostile()), THIRD)
            .add(in("secret", SampleEvents.c2()), FIRST);
    private final String apt = TaxiiCollection.of("apt").id().toString();

    @Test
    void discovery_namesTheOneApiRoot() {
        TaxiiResponse response = server.discovery();

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).isEqualTo("application/taxii+json;version=2.1");
        assertThat(response.body()).isEqualTo("{\"title\":\"Needle\",\"description\":\"Threat"
                + " events from Needle, one collection per dataset.\",\"default\":\"" + ROOT
                + "\",\"api_roots\":[\"" + ROOT + "\"]}");
    }

    @Test
    void apiRoot_statesVersionAndMaxContentLength() {
        assertThat(server.apiRoot().body()).isEqualTo("{\"title\":\"Needle\",\"description\":"
                + "\"Read-only STIX 2.1 collections of the datasets you may read.\","
                + "\"versions\":[\"application/taxii+json;version=2.1\"],"
                + "\"max_content_length\":10485760}");
    }

    @Test
    void collections_listsOnlyReadableDatasetsWithStableIds() throws IOException {
        JsonNode body = JSON.readTree(server.collections(source).body());

        assertThat(body.get("collections")).singleElement().satisfies(c -> assertThat(c.toString())
                .isEqualTo("{\"id\":\"" + apt + "\",\"title\":\"apt\",\"description\":\"Threat"
                        + " events of the Needle dataset apt.\",\"can_read\":true,"
                        + "\"can_write\":false,"
                        + "\"media_types\":[\"application/stix+json;version=2.1\"]}"));
        assertThat(apt).isEqualTo(TaxiiCollection.of("apt").id().toString())
                .isNotEqualTo(TaxiiCollection.of("secret").id().toString());
    }

    @Test
    void collections_nothingReadable_answersAnEmptyResource() {
        TaxiiResponse response = server.collections(new InMemoryTaxiiSource(Set.of()));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{}");
    }

    @Test
    void collection_unreadableOrUnknown_answers404Alike() throws IOException {
        String secret = TaxiiCollection.of("secret").id().toString();

        TaxiiResponse unreadable = server.collection(source, secret);
        TaxiiResponse unknown = server.objects(source, "no-such-id\n", Map.of());

        assertThat(server.collection(source, apt).status()).isEqualTo(200);
        assertThat(unreadable.status()).isEqualTo(404);
        assertThat(JSON.readTree(unreadable.body()).get("http_status").asText()).isEqualTo("404");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(JSON.readTree(unknown.body()).get("description").asText())
                .isEqualTo("No collection with id 'no-such-id?' is readable here.");
    }

    @Test
    void objects_wholeCollection_envelopeOfSchemaValidObjectsWithDateHeaders()
            throws IOException {
        TaxiiResponse response = server.objects(source, apt, Map.of());
        JsonNode envelope = JSON.readTree(response.body());

        assertThat(response.status()).isEqualTo(200);
        assertThat(envelope.get("more").asBoolean()).isFalse();
        assertThat(envelope.has("next")).isFalse();
        assertThat(envelope.get("objects")).hasSize(70);
        for (JsonNode object : envelope.get("objects")) {
            assertThat(StixSchemaValidator.errors(object)).isEmpty();
        }
        assertThat(response.headers()).containsEntry("X-TAXII-Date-Added-First",
                "2024-05-01T10:00:00.123456Z").containsEntry("X-TAXII-Date-Added-Last",
                "2024-05-02T08:00:00.000000Z");
    }

    @Test
    void objects_pagedByLimit_deliverEveryObjectOnceAcrossPages() throws IOException {
        Set<String> whole = ids(JSON.readTree(server.objects(source, apt, Map.of()).body()));
        List<String> paged = new ArrayList<>();
        Map<String, List<String>> query = new HashMap<>(Map.of("limit", List.of("7")));
        int pages = 0;
        boolean more = true;
        while (more) {
            JsonNode envelope = JSON.readTree(server.objects(source, apt, query).body());
            pages++;
            assertThat(envelope.get("objects").size()).isBetween(1, 7);
            envelope.get("objects").forEach(o -> paged.add(o.get("id").asText()));
            more = envelope.get("more").asBoolean();
            if (more) {
                query.put("next", List.of(envelope.get("next").asText()));
            }
        }

        assertThat(new HashSet<>(paged)).isEqualTo(whole);
        assertThat(paged.stream().filter(id -> id.startsWith("indicator--")
                || id.startsWith("report--") || id.startsWith("relationship--")))
                .doesNotHaveDuplicates();
        assertThat(pages).isGreaterThanOrEqualTo(69 / 7);
    }

    @Test
    void objects_addedAfterLastHeader_returnsOnlyLaterEvents() throws IOException {
        TaxiiResponse first = server.objects(source, apt, Map.of("limit", List.of("25")));
        String last = first.headers().get("X-TAXII-Date-Added-Last");

        JsonNode later = JSON.readTree(server.objects(source, apt,
                Map.of("added_after", List.of(last), "match[type]", List.of("report"))).body());

        assertThat(last).isEqualTo("2024-05-01T10:00:00.123456Z");
        assertThat(later.get("objects")).extracting(o -> o.get("name").asText())
                .containsExactly("Spear-phishing attachment from APT1",
                        SampleEvents.HOSTILE_HEADLINE);
    }

    @Test
    void objects_matchTypeAndId_filterTheEnvelope() throws IOException {
        JsonNode reports = JSON.readTree(server.objects(source, apt,
                Map.of("match[type]", List.of("report,intrusion-set"))).body());
        String reportId = reports.get("objects").get(1).get("id").asText();

        JsonNode one = JSON.readTree(server.objects(source, apt,
                Map.of("match[id]", List.of(reportId))).body());

        assertThat(reports.get("objects")).extracting(o -> o.get("type").asText())
                .containsExactly("intrusion-set", "report", "intrusion-set", "report",
                        "intrusion-set", "report");
        assertThat(one.get("objects")).singleElement()
                .satisfies(o -> assertThat(o.get("id").asText()).isEqualTo(reportId));
    }

    @Test
    void objects_noMatch_answersEnvelopeWithoutObjectsOrDateHeaders() {
        TaxiiResponse response = server.objects(source, apt,
                Map.of("match[type]", List.of("malware")));

        assertThat(response.body()).isEqualTo("{\"more\":false}");
        assertThat(response.headers()).isEmpty();
    }

    @Test
    void manifest_recordsEachObjectWithDateAddedAndVersion() throws IOException {
        JsonNode manifest = JSON.readTree(server.manifest(source, apt,
                Map.of("match[type]", List.of("marking-definition,report"), "limit",
                        List.of("3"))).body());

        assertThat(manifest.get("more").asBoolean()).isTrue();
        assertThat(manifest.get("objects").toString()).isEqualTo("[{\"id\":\""
                + "marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421\","
                + "\"date_added\":\"2024-05-01T10:00:00.123456Z\","
                + "\"version\":\"2022-10-01T00:00:00.000Z\","
                + "\"media_type\":\"application/stix+json;version=2.1\"},"
                + "{\"id\":\"marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487\","
                + "\"date_added\":\"2024-05-01T10:00:00.123456Z\","
                + "\"version\":\"2022-10-01T00:00:00.000Z\","
                + "\"media_type\":\"application/stix+json;version=2.1\"},"
                + "{\"id\":\"" + manifest.get("objects").get(2).get("id").asText() + "\","
                + "\"date_added\":\"2024-05-01T10:00:00.123456Z\","
                + "\"version\":\"2013-02-19T08:30:00.000Z\","
                + "\"media_type\":\"application/stix+json;version=2.1\"}]");
    }

    @Test
    void objects_badParameters_answer400NamingTheParameter() throws IOException {
        assertBadRequest(Map.of("limit", List.of("0")), "limit '0'");
        assertBadRequest(Map.of("limit", List.of("ten")), "limit 'ten'");
        assertBadRequest(Map.of("limit", List.of("5", "6")), "limit is given 2 times");
        assertBadRequest(Map.of("added_after", List.of("yesterday")), "added_after 'yesterday'");
        assertBadRequest(Map.of("added_after", List.of("2024-02-30T00:00:00Z")),
                "is not a date and time that exists");
        assertBadRequest(Map.of("next", List.of("bm9wZQ")), "next 'bm9wZQ'");
        assertBadRequest(Map.of("match[version]", List.of("newest")), "match[version]");
    }

    @Test
    void objects_limitAboveMaximum_isCappedAtTheMaximum() throws IOException {
        TaxiiServer small = new TaxiiServer(new TaxiiSettings("Needle", ROOT, "Needle", 2, 4,
                1024));

        JsonNode envelope = JSON.readTree(small.objects(source, apt,
                Map.of("limit", List.of("1000"))).body());

        assertThat(envelope.get("objects")).hasSize(4);
        assertThat(envelope.get("more").asBoolean()).isTrue();
    }

    @Test
    void accepts_taxiiOrWildcardMediaRanges_butNotPlainJson() {
        assertThat(TaxiiServer.accepts("application/taxii+json;version=2.1")).isTrue();
        assertThat(TaxiiServer.accepts("text/html, application/taxii+json; version=2.1"))
                .isTrue();
        assertThat(TaxiiServer.accepts("*/*")).isTrue();
        assertThat(TaxiiServer.accepts("application/json")).isFalse();
        assertThat(TaxiiServer.accepts("application/taxii+json;version=2.0")).isFalse();
        assertThat(server.notAcceptable().status()).isEqualTo(406);
    }

    private void assertBadRequest(Map<String, List<String>> query, String message)
            throws IOException {
        TaxiiResponse response = server.objects(source, apt, query);

        assertThat(response.status()).as(query.toString()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).get("description").asText())
                .contains(message);
    }

    private static Set<String> ids(JsonNode envelope) {
        Set<String> ids = new HashSet<>();
        envelope.get("objects").forEach(o -> ids.add(o.get("id").asText()));
        return ids;
    }

    private static ThreatEvent in(String dataset, ThreatEvent event) {
        return event.withDataset(dataset);
    }
}
