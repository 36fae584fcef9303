package dev.needle.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.needle.app.http.testing.IntelFixture;
import dev.needle.app.http.testing.ReferenceLog;
import dev.needle.app.http.testing.RunningNeedle;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** TAXII 2.1 over real HTTP as acme: discovery, collections, objects with paging, manifest. */
class TaxiiApiTest {

    private static final String TAXII = "application/taxii+json;version=2.1";

    @TempDir
    static Path dataDir;

    private static RunningNeedle needle;
    private static IntelFixture intel;
    private static String feodoCollection;
    private static Instant beforeImports;

    @BeforeAll
    static void start() {
        needle = RunningNeedle.start(dataDir, List.of(ReferenceLog.resource("hostile-agents.log")));
        beforeImports = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        intel = IntelFixture.create(needle);
        for (JsonNode c : taxii("/taxii2/api/collections/").get("collections")) {
            if (c.get("title").asText().equals("feodo")) {
                feodoCollection = c.get("id").asText();
            }
        }
    }

    @AfterAll
    static void stop() {
        needle.close();
    }

    @Test
    void discovery_namesTheApiRootOnTheAddressUsed() {
        JsonNode body = taxii("/taxii2/");

        assertThat(body.get("api_roots").get(0).asText())
                .isEqualTo(needle.url("/taxii2/api/"));
    }

    @Test
    void apiRoot_offersTaxii21() {
        assertThat(taxii("/taxii2/api/").get("versions").get(0).asText()).isEqualTo(TAXII);
    }

    @Test
    void collections_listOneReadOnlyCollectionPerDataset() {
        JsonNode list = taxii("/taxii2/api/collections/").get("collections");

        Set<String> titles = new HashSet<>();
        list.forEach(c -> {
            titles.add(c.get("title").asText());
            assertThat(c.get("can_write").asBoolean()).isFalse();
        });
        assertThat(titles).containsExactlyInAnyOrder("feodo", "apt1", "pages");
    }

    @Test
    void objects_pagedByNext_coverEveryFeodoIpOnce() {
        String base = "/taxii2/api/collections/" + feodoCollection + "/objects/?limit=10";
        Set<String> patterns = new HashSet<>();
        String next = "";
        int pages = 0;
        do {
            JsonNode page = taxii(base + (next.isEmpty() ? "" : "&next=" + next));
            page.path("objects").forEach(o -> {
                if (o.get("type").asText().equals("indicator")) {
                    assertThat(patterns.add(o.get("pattern").asText())).isTrue();
                }
            });
            next = page.path("next").asText("");
            pages++;
        } while (!next.isEmpty() && pages < 100);

        assertThat(pages).isGreaterThan(1);
        assertThat(patterns).hasSize(28);
    }

    @Test
    void objects_matchType_keepsOnlyIndicators() {
        JsonNode page = taxii("/taxii2/api/collections/" + feodoCollection
                + "/objects/?match%5Btype%5D=indicator&limit=1000");

        assertThat(page.get("objects")).hasSize(28);
        page.get("objects").forEach(o -> assertThat(o.get("type").asText())
                .isEqualTo("indicator"));
    }

    @Test
    void objects_addedAfterTheLastOfAPage_continueWithoutRepeat() {
        String base = "/taxii2/api/collections/" + feodoCollection
                + "/objects/?match%5Btype%5D=indicator";
        HttpResponse<String> first = needle.send(needle.request(base + "&limit=10",
                intel.acmeRead()).header("Accept", TAXII).GET().build());
        String last = first.headers().firstValue("X-TAXII-Date-Added-Last").orElseThrow();

        JsonNode rest = taxii(base + "&limit=1000&added_after=" + last);

        Set<String> ids = new HashSet<>();
        RunningNeedle.json(first).get("objects").forEach(o -> ids.add(o.get("id").asText()));
        rest.get("objects").forEach(o -> assertThat(ids.add(o.get("id").asText())).isTrue());
        assertThat(ids).hasSize(28);
    }

    @Test
    void manifest_listsWhatObjectsSend() {
        JsonNode manifest = taxii("/taxii2/api/collections/" + feodoCollection
                + "/manifest/?limit=1000");
        JsonNode objects = taxii("/taxii2/api/collections/" + feodoCollection
                + "/objects/?limit=1000");

        assertThat(manifest.get("objects")).hasSameSizeAs(objects.get("objects"));
    }

    @Test
    void manifest_datesAdded_areWhenTheFeedWasImportedOneApart() {
        HttpResponse<String> response = needle.send(needle.request("/taxii2/api/collections/"
                + feodoCollection + "/manifest/?match%5Btype%5D=indicator&limit=1000",
                intel.acmeRead()).header("Accept", TAXII).GET().build());

        List<String> texts = new ArrayList<>();
        RunningNeedle.json(response).get("objects").forEach(o -> texts.add(
                o.get("date_added").asText()));
        List<Instant> added = texts.stream().map(Instant::parse).toList();
        assertThat(added).hasSize(28).doesNotHaveDuplicates().isSorted();
        assertThat(added.getFirst()).isAfterOrEqualTo(beforeImports);
        assertThat(response.headers().firstValue("X-TAXII-Date-Added-First"))
                .contains(texts.getFirst());
        assertThat(response.headers().firstValue("X-TAXII-Date-Added-Last"))
                .contains(texts.getLast());
    }

    @Test
    void collection_unknownId_is404() {
        HttpResponse<String> response = needle.send(needle.request(
                "/taxii2/api/collections/00000000-0000-0000-0000-000000000000/", intel.acmeRead())
                .header("Accept", TAXII).GET().build());

        assertThat(response.statusCode()).isEqualTo(404);
    }

    @Test
    void collections_basicAuthWithTokenAsPassword_isAccepted() {
        String basic = Base64.getEncoder().encodeToString(("opencti:" + intel.acmeRead())
                .getBytes(StandardCharsets.UTF_8));

        HttpResponse<String> response = needle.send(HttpRequest.newBuilder(
                        java.net.URI.create(needle.url("/taxii2/api/collections/")))
                .header("Authorization", "Basic " + basic).header("Accept", TAXII).GET().build());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(RunningNeedle.json(response).get("collections")).hasSize(3);
    }

    @Test
    void discovery_acceptingOnlyHtml_is406() {
        HttpResponse<String> response = needle.send(needle.request("/taxii2/", intel.acmeRead())
                .header("Accept", "text/html").GET().build());

        assertThat(response.statusCode()).isEqualTo(406);
    }

    private static JsonNode taxii(String pathAndQuery) {
        HttpResponse<String> response = needle.send(needle.request(pathAndQuery,
                intel.acmeRead()).header("Accept", TAXII).GET().build());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).get().asString()
                .startsWith("application/taxii+json");
        return RunningNeedle.json(response);
    }
}
