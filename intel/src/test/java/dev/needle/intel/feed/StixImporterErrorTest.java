package dev.needle.intel.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.needle.intel.ImportException;
import dev.needle.intel.ImportWarning;
import dev.needle.intel.ParsedFeed;
import dev.needle.intel.ThreatEvent;
import dev.needle.intel.Tlp;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StixImporterErrorTest {

    private static final String INDICATOR = """
            {"type": "indicator", "spec_version": "2.1",
             "id": "indicator--%s", "created": "2024-01-02T03:04:05.000Z",
             "modified": "2024-01-02T03:04:05.000Z", "name": "%s",
             "pattern": "%s", "pattern_type": "stix",
             "valid_from": "2024-01-02T03:04:05Z"%s}""";

    @TempDir
    Path dir;

    @Test
    void parse_malformedJson_namesLineAndColumn() throws IOException {
        Path file = write("bad.json", """
                {"type": "bundle", "id": "bundle--1",
                 "objects": [
                   {"type": "indicator", "id": "indicator--1",}
                 ]}
                """);

        assertThatThrownBy(() -> parse(file)).isInstanceOf(ImportException.class)
                .hasMessageStartingWith(file + ":3:")
                .hasMessageContaining("malformed JSON");
    }

    @Test
    void parse_truncatedBundle_isAnErrorAndReturnsNothing() throws IOException {
        Path file = write("cut.json", bundle(indicator("a1", "evil", "[domain-name:value = "
                + "'evil.example']", "")).substring(0, 200));

        assertThatThrownBy(() -> parse(file)).isInstanceOf(ImportException.class)
                .hasMessageContaining("malformed JSON");
    }

    @Test
    void parse_duplicateId_namesTheIdAndBothPlaces() throws IOException {
        String one = indicator("00000000-0000-4000-8000-000000000001", "first",
                "[domain-name:value = 'one.example']", "");
        Path file = write("dup.json", bundle(one + "," + one));

        assertThatThrownBy(() -> parse(file)).isInstanceOf(ImportException.class)
                .hasMessageContaining("/objects/1")
                .hasMessageContaining("duplicate id indicator--00000000-0000-4000-8000-"
                        + "000000000001")
                .hasMessageContaining("first appears at /objects/0");
    }

    @Test
    void parse_unknownType_isKeptAsMetadataWithAWarning() throws IOException, ImportException {
        String custom = """
                {"type": "x-acme-ticket", "id": "x-acme-ticket--77", "ticket": "INC-4711"}""";
        String link = """
                {"type": "relationship", "id": "relationship--9", "relationship_type":
                 "related-to", "source_ref": "indicator--a1", "target_ref": "x-acme-ticket--77"}""";
        Path file = write("custom.json", bundle(indicator("a1", "C2 domain",
                "[domain-name:value = 'c2.evil.example']", "") + "," + custom + "," + link));

        ParsedFeed feed = parse(file);

        ThreatEvent event = feed.events().getFirst();
        assertThat(event.metadata()).containsEntry("stix:x-acme-ticket--77",
                "{\"type\":\"x-acme-ticket\",\"id\":\"x-acme-ticket--77\","
                        + "\"ticket\":\"INC-4711\"}");
        assertThat(feed.warnings()).singleElement().satisfies(w -> {
            assertThat(w.place()).endsWith("/objects/1 (x-acme-ticket--77)");
            assertThat(w.message()).contains("'x-acme-ticket' is not a STIX type")
                    .contains("kept in the metadata");
        });
    }

    @Test
    void parse_indicatorOfTheWrongType_isAWarningAndTheEventKeepsTheRest()
            throws IOException, ImportException {
        Path file = write("wrong.json", bundle(indicator("a1", "C2",
                "[ipv4-addr:value = 'c2.evil.example' OR ipv4-addr:value = '203.0.113.9']",
                "")));

        ParsedFeed feed = parse(file);

        assertThat(Samples.indicators(feed)).extracting(Object::toString)
                .containsExactly("ipv4:203.0.113.9");
        assertThat(feed.warnings()).singleElement().satisfies(w -> {
            assertThat(w.place()).contains("/objects/0 (indicator--a1) ipv4-addr:value");
            assertThat(w.message()).contains("'c2.evil.example' is not a valid ipv4");
        });
    }

    @Test
    void parse_eventLeftWithoutIndicators_isDroppedWithAWarning()
            throws IOException, ImportException {
        Path file = write("none.json", bundle(indicator("a1", "Broken",
                "[domain-name:value = 'not a domain']", "")));

        ParsedFeed feed = parse(file);

        assertThat(feed.events()).isEmpty();
        assertThat(feed.warnings()).extracting(ImportWarning::message)
                .anySatisfy(m -> assertThat(m).contains("'not a domain' is not a valid domain"))
                .anySatisfy(m -> assertThat(m).contains("event 'Broken' has no indicator"));
    }

    @Test
    void parse_unknownTechnique_isDroppedWithAWarning() throws IOException, ImportException {
        String pattern = """
                {"type": "attack-pattern", "id": "attack-pattern--p1", "name": "Made up",
                 "created": "2024-01-01T00:00:00Z",
                 "external_references": [{"source_name": "mitre-attack", "external_id": "T9999"}]},
                {"type": "attack-pattern", "id": "attack-pattern--p2", "name": "PowerShell",
                 "created": "2024-01-01T00:00:00Z",
                 "external_references": [{"source_name": "mitre-attack",
                   "external_id": "T1059.001"}]},
                {"type": "relationship", "id": "relationship--1", "relationship_type": "indicates",
                 "source_ref": "indicator--a1", "target_ref": "attack-pattern--p1"},
                {"type": "relationship", "id": "relationship--2", "relationship_type": "indicates",
                 "source_ref": "indicator--a1", "target_ref": "attack-pattern--p2"}""";
        Path file = write("tech.json", bundle(indicator("a1", "Loader",
                "[file:hashes.'SHA-256' = 'ca607e431062ee49a21d69d722750e5edbd8ffabcb54fa92b231"
                        + "814101756041']", "") + "," + pattern));

        ParsedFeed feed = parse(file);

        assertThat(feed.events().getFirst().techniques()).containsExactly("T1059.001");
        assertThat(feed.warnings()).singleElement().satisfies(w -> {
            assertThat(w.place()).contains("attack-pattern--p1");
            assertThat(w.message()).contains("'T9999' is not in ATT&CK");
        });
    }

    @Test
    void parse_tlpMarkings_takeTheMostRestrictive() throws IOException, ImportException {
        String red = ", \"object_marking_refs\": "
                + "[\"marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1\"]";
        String green = ", \"object_marking_refs\": "
                + "[\"marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da\"]";
        String actor = """
                {"type": "intrusion-set", "id": "intrusion-set--x", "name": "APT 29",
                 "created": "2024-01-01T00:00:00Z"},
                {"type": "relationship", "id": "relationship--1", "relationship_type": "indicates",
                 "source_ref": "indicator--a1", "target_ref": "intrusion-set--x"},
                {"type": "relationship", "id": "relationship--2", "relationship_type": "indicates",
                 "source_ref": "indicator--a2", "target_ref": "intrusion-set--x"}""";
        Path file = write("tlp.json", bundle(
                indicator("a1", "one", "[domain-name:value = 'one.example']", green) + ","
                + indicator("a2", "two", "[domain-name:value = 'two.example']", red) + ","
                + actor));

        ParsedFeed feed = parse(file);

        assertThat(feed.events()).singleElement().satisfies(e -> {
            assertThat(e.tlp()).isEqualTo(Tlp.RED);
            assertThat(e.attacker()).isEqualTo("APT29");
            assertThat(e.metadata()).containsEntry("attacker.source_name", "APT 29");
            assertThat(e.indicators()).hasSize(2);
        });
    }

    @Test
    void parse_observedData20_isOneEventOfItsEmbeddedObservables()
            throws IOException, ImportException {
        String observed = """
                {"type": "marking-definition", "id": "marking-definition--own",
                 "created": "2017-01-20T00:00:00.000Z", "definition_type": "tlp",
                 "definition": {"tlp": "green"}},
                {"type": "observed-data", "id": "observed-data--o1",
                 "created": "2017-01-20T00:00:00.000Z", "first_observed": "2017-01-19T10:00:00Z",
                 "last_observed": "2017-01-19T11:00:00Z", "number_observed": 3,
                 "object_marking_refs": ["marking-definition--own"],
                 "objects": {"0": {"type": "ipv4-addr", "value": "198.51.100.3"},
                   "1": {"type": "file", "hashes": {"MD5": "F34888E54BB3F7A95FC262CEC94AFE84",
                     "SSDEEP": "3:abc:def"}},
                   "2": {"type": "mutex", "name": "Global-x"}}}""";
        Path file = write("observed.json", "{\"type\": \"bundle\", \"id\": \"bundle--o\","
                + " \"spec_version\": \"2.0\", \"objects\": [" + observed + "]}");

        ParsedFeed feed = parse(file);

        assertThat(feed.events()).singleElement().satisfies(e -> {
            assertThat(e.indicators()).extracting(Object::toString).containsExactly(
                    "ipv4:198.51.100.3", "md5:f34888e54bb3f7a95fc262cec94afe84");
            assertThat(e.firstSeen()).contains(Instant.parse("2017-01-19T10:00:00Z"));
            assertThat(e.lastSeen()).contains(Instant.parse("2017-01-19T11:00:00Z"));
            assertThat(e.tlp()).isEqualTo(Tlp.GREEN);
            assertThat(e.metadata()).containsEntry("source", "stix-2.0");
        });
    }

    @Test
    void parse_notABundle_isAnError() throws IOException {
        Path file = write("one.json", indicator("a1", "x", "[domain-name:value = 'a.example']",
                ""));

        assertThatThrownBy(() -> parse(file)).isInstanceOf(ImportException.class)
                .hasMessageContaining("/type").hasMessageContaining("expected 'bundle'");
    }

    @Test
    void parse_objectWithoutId_namesItsPointer() throws IOException {
        Path file = write("noid.json", bundle("{\"type\": \"indicator\", \"name\": \"x\"}"));

        assertThatThrownBy(() -> parse(file)).isInstanceOf(ImportException.class)
                .hasMessage(file + " /objects/0: the object has no id; every STIX object needs"
                        + " both");
    }

    @Test
    void parse_relationshipWithoutTarget_isAnError() throws IOException {
        Path file = write("rel.json", bundle("{\"type\": \"relationship\", \"id\": "
                + "\"relationship--1\", \"source_ref\": \"indicator--a\"}"));

        assertThatThrownBy(() -> parse(file)).isInstanceOf(ImportException.class)
                .hasMessageContaining("(relationship--1)")
                .hasMessageContaining("needs source_ref and target_ref");
    }

    @Test
    void parse_badTimestamp_namesTheField() throws IOException {
        Path file = write("time.json", bundle(indicator("a1", "x",
                "[domain-name:value = 'a.example']", "").replace("2024-01-02T03:04:05Z",
                "yesterday")));

        assertThatThrownBy(() -> parse(file)).isInstanceOf(ImportException.class)
                .hasMessageContaining("(indicator--a1) valid_from")
                .hasMessageContaining("'yesterday' is not a STIX timestamp");
    }

    @Test
    void parse_missingFile_saysSo() {
        Path missing = dir.resolve("nope.json");

        assertThatThrownBy(() -> parse(missing)).isInstanceOf(ImportException.class)
                .hasMessage(missing + ": no such file");
    }

    private ParsedFeed parse(Path file) throws ImportException {
        return FeedImporter.of(FeedFormat.STIX).parse(file, "test");
    }

    private static String indicator(String id, String name, String pattern, String extra) {
        return INDICATOR.formatted(id, name, pattern, extra);
    }

    private static String bundle(String objects) {
        return "{\"type\": \"bundle\", \"id\": \"bundle--t\", \"objects\": [" + objects + "]}";
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }
}
