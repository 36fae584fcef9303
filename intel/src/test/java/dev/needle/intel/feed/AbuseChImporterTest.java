package dev.needle.intel.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.needle.core.indicator.IndicatorType;
import dev.needle.intel.ImportException;
import dev.needle.intel.KillChainStage;
import dev.needle.intel.ParsedFeed;
import dev.needle.intel.ThreatEvent;
import dev.needle.intel.Tlp;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AbuseChImporterTest {

    @TempDir
    Path dir;

    @Test
    void parse_feodoBlocklist_gives28C2ServersWithTheirMalware() throws ImportException {
        Map<String, String> expected = new LinkedHashMap<>();
        for (String line : Samples.lines("abusech/feodotracker_ipblocklist.csv")) {
            if (line.startsWith("\"20")) {
                String[] f = line.replace("\"", "").split(",");
                expected.put(f[1], f[5]);
            }
        }

        ParsedFeed feed = Samples.parse(FeedFormat.FEODO_TRACKER,
                "abusech/feodotracker_ipblocklist.csv");

        assertThat(expected).hasSize(28);
        assertThat(feed.events()).hasSize(28);
        assertThat(feed.warnings()).isEmpty();
        for (ThreatEvent e : feed.events()) {
            String ip = e.indicators().getFirst().value();
            assertThat(e.indicators()).singleElement()
                    .satisfies(i -> assertThat(i.type()).isEqualTo(IndicatorType.IPV4));
            assertThat(e.tags()).containsExactly(expected.get(ip));
            assertThat(e.tlp()).isEqualTo(Tlp.CLEAR);
            assertThat(e.killChainStage()).contains(KillChainStage.COMMAND_AND_CONTROL);
        }
        ThreatEvent first = feed.events().getFirst();
        assertThat(first.indicators().getFirst().value()).isEqualTo("192.9.135.73");
        assertThat(first.metadata()).containsEntry("port", "1194")
                .containsEntry("c2_status", "online");
        assertThat(first.date()).isEqualTo(Instant.parse("2023-05-23T17:51:44Z"));
        assertThat(first.lastSeen()).contains(Instant.parse("2024-04-01T00:00:00Z"));
    }

    @Test
    void parse_urlhausDump_gives2000UrlsAtTheDeliveryStage() throws ImportException {
        List<String> rows = Samples.lines("abusech/urlhaus_online_head2000.csv").stream()
                .filter(l -> l.startsWith("\"")).toList();

        ParsedFeed feed = Samples.parse(FeedFormat.URLHAUS, "abusech/urlhaus_online_head2000.csv");

        assertThat(rows).hasSize(2000);
        assertThat(feed.events()).hasSize(2000);
        assertThat(Samples.indicators(feed)).hasSize(2000)
                .allMatch(i -> i.type() == IndicatorType.URL);
        ThreatEvent first = feed.events().getFirst();
        assertThat(first.indicators().getFirst().value())
                .isEqualTo("http://117.209.87.242:60905/bin.sh");
        assertThat(first.tags()).containsExactly("32-bit", "elf", "mips", "Mozi");
        assertThat(first.killChainStage()).contains(KillChainStage.DELIVERY);
        assertThat(first.metadata()).containsEntry("urlhaus_link",
                "https://urlhaus.abuse.ch/url/3520667/").containsEntry("reporter", "geenensp");
    }

    @Test
    void parse_threatFox_keepsPortOfIpPortIocsInMetadata() throws ImportException {
        JsonNode data = Samples.json("abusech/threatfox_recent_iocs.json").get("data");

        ParsedFeed feed = Samples.parse(FeedFormat.THREATFOX,
                "abusech/threatfox_recent_iocs.json");

        assertThat(feed.events()).hasSize(data.size()).hasSize(15);
        ThreatEvent vjw0rm = feed.events().getFirst();
        assertThat(vjw0rm.indicators()).extracting(Object::toString)
                .containsExactly("ipv4:193.161.193.99");
        assertThat(vjw0rm.metadata()).containsEntry("port", "36102")
                .containsEntry("malware", "win.vjw0rm");
        assertThat(vjw0rm.confidence()).isEqualTo(100);
        assertThat(vjw0rm.tags()).contains("Vjw0rm");
        assertThat(feed.events().get(6).confidence()).isEqualTo(75);
        assertThat(feed.events()).filteredOn(e -> e.category().equals("Payload delivery"))
                .singleElement().satisfies(e -> {
                    assertThat(e.killChainStage()).contains(KillChainStage.DELIVERY);
                    assertThat(e.indicators().getFirst().value())
                            .isEqualTo("https://smtp.bldg-restoration.com/");
                });
        assertThat(Samples.indicators(feed)).filteredOn(i -> i.type() == IndicatorType.DOMAIN)
                .extracting(i -> i.value()).contains("arsija-51460.portmap.host");
    }

    @Test
    void parse_threatFoxApiEnvelopeWithIds_usesTheIds() throws IOException, ImportException {
        Path file = Files.writeString(dir.resolve("tf.json"), """
                {"query_status": "ok", "data": [
                  {"id": "1234", "ioc": "evil.example", "ioc_type": "domain",
                   "threat_type": "botnet_cc", "malware_printable": "Sliver",
                   "first_seen": "02/02/2026 16:00", "confidence_level": 50,
                   "tags": ["C2"]},
                  {"id": "1235", "ioc": "abc", "ioc_type": "sha3_384_hash",
                   "threat_type": "payload", "first_seen": "2026-02-02 16:00:45"}]}""");

        assertThatThrownBy(() -> FeedImporter.of(FeedFormat.THREATFOX).parse(file, "t"))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("/data/0")
                .hasMessageContaining("'02/02/2026 16:00' is not a date");
        Files.writeString(file, Files.readString(file).replace("02/02/2026 16:00",
                "2026-02-02 16:00:45 UTC"));

        ParsedFeed feed = FeedImporter.of(FeedFormat.THREATFOX).parse(file, "t");

        assertThat(feed.events()).singleElement().satisfies(e -> {
            assertThat(e.metadata()).containsEntry("threatfox.id", "1234");
            assertThat(e.tags()).containsExactly("Sliver", "C2");
        });
        assertThat(feed.warnings()).singleElement().satisfies(w ->
                assertThat(w.message()).contains("'sha3_384_hash' is not one Needle keeps"));
    }

    @Test
    void parse_sslbl_gives98Ja3FingerprintsNeverMd5() throws ImportException {
        long rows = Samples.lines("abusech/sslbl_ja3_fingerprints.csv").stream()
                .filter(l -> !l.startsWith("#") && !l.isBlank()).count();

        ParsedFeed feed = Samples.parse(FeedFormat.SSLBL_JA3, "abusech/sslbl_ja3_fingerprints.csv");

        assertThat(rows).isEqualTo(98);
        assertThat(Samples.indicators(feed)).hasSize(98)
                .allMatch(i -> i.type() == IndicatorType.JA3);
        ThreatEvent first = feed.events().getFirst();
        assertThat(first.indicators().getFirst().value())
                .isEqualTo("b386946a5a44d1ddcc843bc75336dfce");
        assertThat(first.tags()).containsExactly("Dridex");
        assertThat(first.lastSeen()).contains(Instant.parse("2019-07-27T20:42:54Z"));
    }

    @Test
    void parse_feodoWithoutMalwareColumn_namesTheColumnAndFile() throws IOException {
        Path file = Files.writeString(dir.resolve("feodo.csv"), """
                # abuse.ch Feodo Tracker Botnet C2 IP Blocklist (CSV)
                "first_seen_utc","dst_ip","dst_port","c2_status","last_online"
                "2023-05-23 17:51:44","192.9.135.73","1194","online","2024-04-01"
                """);

        assertThatThrownBy(() -> FeedImporter.of(FeedFormat.FEODO_TRACKER).parse(file, "t"))
                .isInstanceOf(ImportException.class)
                .hasMessageStartingWith(file + ":2: column 'malware' is missing");
    }

    @Test
    void parse_feodoDuplicateServer_isSkippedWithAWarning() throws IOException, ImportException {
        Path file = Files.writeString(dir.resolve("feodo.csv"), """
                "first_seen_utc","dst_ip","dst_port","c2_status","last_online","malware"
                "2023-05-23 17:51:44","192.9.135.73","1194","online","2024-04-01","Pikabot"
                "2023-05-24 17:51:44","192.9.135.73","1194","online","2024-04-02","Pikabot"
                "2023-05-24 17:51:44","192.9.135.073","1194","online","2024-04-02","Pikabot"
                """);

        ParsedFeed feed = FeedImporter.of(FeedFormat.FEODO_TRACKER).parse(file, "t");

        assertThat(feed.events()).hasSize(1);
        assertThat(feed.warnings()).extracting(w -> w.place() + " " + w.message())
                .anySatisfy(w -> assertThat(w).startsWith(file + ":3 ").contains("twice"))
                .anySatisfy(w -> assertThat(w).startsWith(file + ":4 dst_ip")
                        .contains("'192.9.135.073' is not a valid ipv4"));
        assertThat(Optional.of(feed.events().getFirst().date()))
                .contains(Instant.parse("2023-05-23T17:51:44Z"));
    }
}
