package dev.needle.intel.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.needle.core.indicator.IndicatorType;
import dev.needle.intel.ImportException;
import dev.needle.intel.ImportWarning;
import dev.needle.intel.ParsedFeed;
import dev.needle.intel.ThreatEvent;
import dev.needle.intel.Tlp;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MispImporterTest {

    private static final String LOCKY = "misp/circl-feed-sample/5721c2e4-05ec-4af3-9264-"
            + "411b950d210f.json";
    /** The Locky event's attribute types that are not indicators. */
    private static final Set<String> NOT_INDICATORS = Set.of("link", "filename");

    @TempDir
    Path dir;

    @Test
    void parse_circlFeedDirectory_importsLockyAndDropsTheEmptyEvent() throws ImportException {
        JsonNode attributes = Samples.json(LOCKY).get("Event").get("Attribute");
        long skipped = StreamSupport.stream(attributes.spliterator(), false)
                .filter(a -> NOT_INDICATORS.contains(a.get("type").asText())).count();

        ParsedFeed feed = Samples.parse(FeedFormat.MISP_FEED, "misp/circl-feed-sample");

        assertThat(attributes).hasSize(152);
        assertThat(skipped).isEqualTo(27);
        ThreatEvent locky = feed.events().getFirst();
        assertThat(feed.events()).hasSize(1);
        assertThat(locky.indicators()).hasSize(152 - 27);
        assertThat(locky.headline()).isEqualTo("Malspam (2016-04-28) - Locky (#2)");
        assertThat(locky.date()).isEqualTo(Instant.parse("2016-04-28T00:00:00Z"));
        assertThat(locky.tlp()).isEqualTo(Tlp.CLEAR);
        assertThat(locky.category()).isEqualTo("Ransomware");
        assertThat(locky.metadata()).containsEntry("misp.skipped", "filename (2), link (25)")
                .containsEntry("misp.org", "CIRCL");
        assertThat(Samples.values(locky, IndicatorType.MD5))
                .hasSize(27).contains("f34888e54bb3f7a95fc262cec94afe84");
        assertThat(Samples.values(locky, IndicatorType.SHA1)).hasSize(27)
                .contains("028a9c612a1906765254ac0f4ff836bd5ff07a79");
        assertThat(Samples.values(locky, IndicatorType.SHA256)).hasSize(27);
        assertThat(Samples.values(locky, IndicatorType.URL)).hasSize(17)
                .contains("http://be-stlines-tore.com/tr35esf");
        assertThat(Samples.values(locky, IndicatorType.IPV4)).hasSize(16).contains("50.6.80.163");
        assertThat(Samples.values(locky, IndicatorType.DOMAIN)).hasSize(7 + 4)
                .contains("commonplaces.davidson.edu", "brutal-escort.ru");
        assertThat(feed.warnings()).extracting(ImportWarning::message)
                .anySatisfy(m -> assertThat(m).isEqualTo("27 attributes of types Needle does not"
                        + " keep as indicators were skipped: filename (2), link (25)"))
                .anySatisfy(m -> assertThat(m).contains("E-TICKET")
                        .contains("has no indicator Needle keeps"));
    }

    @Test
    void parse_singleEventWrapper_readsTheSameEvent() throws ImportException {
        ParsedFeed feed = Samples.parse(FeedFormat.MISP_EVENT, LOCKY);
        ParsedFeed viaFeed = Samples.parse(FeedFormat.MISP_FEED, "misp/circl-feed-sample");

        assertThat(feed.events()).singleElement().isEqualTo(viaFeed.events().getFirst());
    }

    @Test
    void parse_esetDukes_carriesApt29AndItsTechniques() throws ImportException {
        String file = "misp/eset-events/eset_misp-dukes-operation-ghost-event.json";
        JsonNode tags = Samples.json(file).get("response").get(0).get("Event").get("Tag");
        Pattern technique = Pattern.compile("mitre-attack-pattern=\".* - (T\\d{4})\"");
        Set<String> expected = new TreeSet<>();
        for (JsonNode tag : tags) {
            Matcher m = technique.matcher(tag.get("name").asText());
            if (m.find()) {
                expected.add(m.group(1));
            }
        }

        ThreatEvent dukes = Samples.parse(FeedFormat.MISP_EVENT, file).events().getFirst();

        assertThat(expected).hasSize(30);
        assertThat(dukes.techniques()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(dukes.attacker()).isEqualTo("APT29");
        assertThat(dukes.attackerCountry()).isEqualTo("RU");
        assertThat(dukes.metadata()).containsEntry("attacker.source_name", "APT 29")
                .containsEntry("attacker.attack_id", "G0016");
        assertThat(dukes.indicators()).hasSize(49 + 20 + 18);
    }

    @Test
    void parse_esetEvents_keepRevokedTechniquesAndSayWhich() throws ImportException {
        ParsedFeed turla = Samples.parse(FeedFormat.MISP_EVENT,
                "misp/eset-events/eset_misp-turla-powershell-event.json");
        ParsedFeed gaming = Samples.parse(FeedFormat.MISP_EVENT,
                "misp/eset-events/eset_gaming_supply_chain.misp_event.json");
        ParsedFeed cloudMensis = Samples.parse(FeedFormat.MISP_EVENT,
                "misp/eset-events/eset_cloudmensis.misp.json");

        ThreatEvent turlaEvent = turla.events().getFirst();
        assertThat(turlaEvent.attacker()).isEqualTo("Turla");
        assertThat(turlaEvent.techniques()).hasSize(13).contains("T1086", "T1055")
                .doesNotContain("T1084");
        assertThat(turlaEvent.indicators()).hasSize(6)
                .allMatch(i -> i.type() == IndicatorType.SHA1);
        assertThat(turla.warnings()).extracting(ImportWarning::message)
                .anySatisfy(m -> assertThat(m).contains("kept as the source wrote them: T1086,"
                        + " T1099"))
                .anySatisfy(m -> assertThat(m).contains("url in External analysis (1)"));
        assertThat(gaming.events().getFirst().attacker()).isEqualTo("Axiom");
        assertThat(gaming.events().getFirst().techniques()).contains("T1195", "T1043");
        assertThat(cloudMensis.events().getFirst().techniques()).hasSize(12)
                .contains("T1543.004", "T1567.002");
        assertThat(cloudMensis.events().getFirst().indicators()).hasSize(9);
    }

    @Test
    void parse_manifestListsMissingEvent_isAnErrorNamingTheFile() throws IOException {
        Files.writeString(dir.resolve("manifest.json"),
                "{\"11111111-2222-4333-8444-555555555555\": {\"info\": \"gone\"}}");

        assertThatThrownBy(() -> FeedImporter.of(FeedFormat.MISP_FEED).parse(dir, "t"))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("11111111-2222-4333-8444-555555555555.json")
                .hasMessageContaining("its file is missing");
    }

    @Test
    void parse_manifestKeyThatIsAPath_isRejected() throws IOException {
        Files.writeString(dir.resolve("manifest.json"), "{\"../../etc/passwd\": {}}");

        assertThatThrownBy(() -> FeedImporter.of(FeedFormat.MISP_FEED).parse(dir, "t"))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("the key is not an event uuid");
    }

    @Test
    void parse_attributeWithoutValue_namesItsPointer() throws IOException {
        Path file = Files.writeString(dir.resolve("e.json"), """
                {"Event": {"uuid": "5721c2e4-05ec-4af3-9264-411b950d210f", "date": "2020-01-01",
                  "info": "x", "Attribute": [{"type": "domain", "value": "a.example"},
                  {"type": "domain"}]}}""");

        assertThatThrownBy(() -> FeedImporter.of(FeedFormat.MISP_EVENT).parse(file, "t"))
                .isInstanceOf(ImportException.class)
                .hasMessage(file + " /Event/Attribute/1: the attribute has no value");
    }

    @Test
    void parse_malformedEventJson_namesLineAndColumn() throws IOException {
        Path file = Files.writeString(dir.resolve("e.json"), "{\"Event\": {\n  \"uuid\": }\n}");

        assertThatThrownBy(() -> FeedImporter.of(FeedFormat.MISP_EVENT).parse(file, "t"))
                .isInstanceOf(ImportException.class)
                .hasMessageStartingWith(file + ":2:");
    }

    @Test
    void parse_attributeTlpTag_raisesTheEventTlp() throws IOException, ImportException {
        Path file = Files.writeString(dir.resolve("e.json"), """
                {"Event": {"uuid": "5721c2e4-05ec-4af3-9264-411b950d210f", "date": "2020-01-01",
                  "info": "x", "Tag": [{"name": "tlp:green"}],
                  "Attribute": [{"type": "ip-dst|port", "value": "203.0.113.5|8443",
                    "Tag": [{"name": "tlp:amber+strict"}]},
                    {"type": "domain", "value": "bad domain"}]}}""");

        ParsedFeed feed = FeedImporter.of(FeedFormat.MISP_EVENT).parse(file, "t");

        ThreatEvent event = feed.events().getFirst();
        assertThat(event.tlp()).isEqualTo(Tlp.AMBER_STRICT);
        assertThat(event.indicators()).extracting(Object::toString)
                .containsExactly("ipv4:203.0.113.5");
        assertThat(event.metadata()).containsEntry("misp.ports", "203.0.113.5:8443");
        assertThat(feed.warnings()).singleElement().satisfies(w -> {
            assertThat(w.place()).isEqualTo(file + " /Event/Attribute/1 (domain)");
            assertThat(w.message()).contains("'bad domain' is not a valid domain");
        });
    }
}
