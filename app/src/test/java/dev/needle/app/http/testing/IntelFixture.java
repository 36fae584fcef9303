package dev.needle.app.http.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.intel.service.IntelService;
import dev.needle.intel.service.Scope;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * Two organisations on a running Needle: {@code acme}, which owns the datasets {@code feodo}
 * (the Feodo Tracker sample), {@code apt1} (the OASIS APT1 STIX sample) and {@code pages}
 * (empty), and {@code rival}, which may read none of them. Feeds are imported over HTTP from
 * the intel module's samples (see {@code intel/src/test/resources/feeds/README.md}).
 *
 * @param acmeAdmin an admin token of acme
 * @param acmeRead a read token of acme
 * @param rivalRead a read token of rival
 */
public record IntelFixture(String acmeAdmin, String acmeRead, String rivalRead) {

    /** The intel module's feed samples, from the app module's directory. */
    public static final Path FEEDS = Path.of("../intel/src/test/resources/feeds");

    /** Creates the organisations, tokens and datasets and imports the samples. */
    public static IntelFixture create(RunningNeedle needle) {
        IntelService intel = needle.parts().intel();
        intel.createOrganisation("acme");
        intel.createOrganisation("rival");
        IntelFixture fixture = new IntelFixture(
                intel.issueToken("acme", Set.of(Scope.ADMIN), "admin").secret(),
                intel.issueToken("acme", Set.of(Scope.READ), "reader").secret(),
                intel.issueToken("rival", Set.of(Scope.READ), "reader").secret());
        for (String dataset : new String[] {"feodo", "apt1", "pages"}) {
            HttpResponse<String> created = needle.post("/api/v1/datasets", fixture.acmeAdmin,
                    ("{\"name\": \"" + dataset + "\"}").getBytes(StandardCharsets.UTF_8));
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        }
        fixture.importFeed(needle, "feodo", "abusech/feodotracker_ipblocklist.csv");
        fixture.importFeed(needle, "apt1", "stix/oasis_apt1.json");
        return fixture;
    }

    /**
     * Imports into acme's {@code pages} dataset a STIX bundle of one indicator, written here,
     * that names {@code ip} as a crawler seen probing; it makes an address of a test log known.
     */
    public void knowIpv4(RunningNeedle needle, String ip) {
        String bundle = """
                {"type": "bundle", "id": "bundle--0e9d1e3c-7d3b-4d0b-9a55-2f0e8c4b6a11",
                 "objects": [
                  {"type": "indicator", "spec_version": "2.1",
                   "id": "indicator--3a6b0c1e-8f3d-4a5e-b2c7-9d1e0f2a3b4c",
                   "created": "2026-10-01T00:00:00.000Z",
                   "modified": "2026-10-01T00:00:00.000Z",
                   "name": "crawler seen probing",
                   "pattern": "[ipv4-addr:value = '%s']", "pattern_type": "stix",
                   "valid_from": "2026-10-01T00:00:00Z"}
                 ]}
                """.formatted(ip);
        HttpResponse<String> response = needle.post("/api/v1/datasets/pages/import", acmeAdmin,
                bundle.getBytes(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    /** Imports a sample into an acme dataset over HTTP, letting the server detect the format. */
    public HttpResponse<String> importFeed(RunningNeedle needle, String dataset, String sample) {
        HttpResponse<String> response = needle.post("/api/v1/datasets/" + dataset + "/import",
                acmeAdmin, read(FEEDS.resolve(sample)));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response;
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
