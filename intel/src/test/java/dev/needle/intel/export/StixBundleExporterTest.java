package dev.needle.intel.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.needle.intel.ThreatEvent;
import dev.needle.intel.Tlp;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

class StixBundleExporterTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final StixBundleExporter exporter = new StixBundleExporter("Needle Test Org");

    @Test
    void export_sampleEvents_bundleAndEveryObjectValidateAgainstOasisSchemas() throws IOException {
        JsonNode bundle = export(List.of(SampleEvents.c2(), SampleEvents.phishing(),
                SampleEvents.hostile()));

        assertThat(StixSchemaValidator.errors(bundle)).isEmpty();
        for (JsonNode object : bundle.get("objects")) {
            assertThat(StixSchemaValidator.errors(object)).as(object.get("id").asText())
                    .isEmpty();
        }
        assertThat(countByType(bundle)).containsEntry("identity", 1L)
                .containsEntry("marking-definition", 4L)
                .containsEntry("intrusion-set", 3L)
                .containsEntry("attack-pattern", 3L)
                .containsEntry("report", 3L)
                .containsEntry("indicator", 16L);
    }

    @Test
    void export_eachIndicatorType_writesItsStixPattern() throws IOException {
        Map<String, String> patterns = patternsByName(export(List.of(SampleEvents.c2(),
                SampleEvents.phishing())));

        assertThat(patterns).containsEntry("198.51.100.7", "[ipv4-addr:value = '198.51.100.7']")
                .containsEntry("192.0.2.0/24", "[ipv4-addr:value = '192.0.2.0/24']")
                .containsEntry("2001:db8::25", "[ipv6-addr:value = '2001:db8::25']")
                .containsEntry("update.hugesoft.example",
                        "[domain-name:value = 'update.hugesoft.example']")
                .containsEntry(SampleEvents.SHA256,
                        "[file:hashes.'SHA-256' = '" + SampleEvents.SHA256 + "']")
                .containsEntry(SampleEvents.MD5, "[file:hashes.'MD5' = '" + SampleEvents.MD5 + "']")
                .containsEntry(SampleEvents.JA3, "[network-traffic:extensions.'x-needle-tls-ext'"
                        + ".ja3 = '" + SampleEvents.JA3 + "']")
                .containsEntry("hr-update@hugesoft.example",
                        "[email-addr:value = 'hr-update@hugesoft.example']");
    }

    @Test
    void export_urlWithQuote_escapesTheQuoteInThePattern() throws IOException {
        Map<String, String> patterns = patternsByName(export(List.of(SampleEvents.c2())));

        assertThat(patterns.get(SampleEvents.QUOTED_URL)).isEqualTo(
                "[url:value = 'http://news.hugesoft.example/o\\'brien/login.php?id=7']");
    }

    @Test
    void export_hostileValues_patternLiteralsReadBackAsTheValue() throws IOException {
        JsonNode bundle = export(List.of(SampleEvents.hostile()));

        String url = "http://evil.example/a\"b;c\\d|e";
        String pattern = patternsByName(bundle).get(url);
        assertThat(pattern).startsWith("[url:value = '").endsWith("']");
        assertThat(readLiteral(pattern.substring("[url:value = ".length(),
                pattern.length() - 1))).isEqualTo(url);
        assertThat(objectsOfType(bundle, "indicator").getFirst().get("description").asText())
                .isEqualTo(SampleEvents.HOSTILE_HEADLINE);
    }

    @Test
    void export_sameEventsTwice_writesTheSameBytes() throws IOException {
        List<ThreatEvent> events = List.of(SampleEvents.c2(), SampleEvents.phishing());

        assertThat(bytes(events)).isEqualTo(bytes(events));
        assertThat(export(events).get("id").asText())
                .isNotEqualTo(export(List.of(SampleEvents.c2())).get("id").asText());
    }

    @Test
    void export_attackerUnderTwoMarkings_writesOneIntrusionSetPerMarking() throws IOException {
        JsonNode bundle = export(List.of(SampleEvents.c2(), SampleEvents.phishing()));

        List<JsonNode> sets = objectsOfType(bundle, "intrusion-set");
        assertThat(sets).extracting(set -> set.get("name").asText())
                .containsExactly("APT1", "APT1");
        assertThat(sets).extracting(set -> set.get("object_marking_refs").get(0).asText())
                .containsExactly(TlpMarking.id(Tlp.AMBER), TlpMarking.id(Tlp.GREEN));
        assertThat(objectsOfType(bundle, "marking-definition"))
                .extracting(m -> m.get("id").asText()).containsExactly(
                        "marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421",
                        "marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487",
                        "marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb");
        Set<String> ids = new HashSet<>();
        bundle.get("objects").forEach(o -> assertThat(ids.add(o.get("id").asText())).isTrue());
    }

    @Test
    void export_tlpMarking_isTheOasisTlp2Definition() throws IOException {
        JsonNode bundle = export(List.of(SampleEvents.c2()));

        JsonNode amber = objectsOfType(bundle, "marking-definition").stream()
                .filter(m -> m.get("name").asText().equals("TLP:AMBER")).findFirst().orElseThrow();
        assertThat(amber.toString()).isEqualTo("{\"type\":\"marking-definition\","
                + "\"spec_version\":\"2.1\","
                + "\"id\":\"marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421\","
                + "\"created\":\"2022-10-01T00:00:00.000Z\",\"name\":\"TLP:AMBER\","
                + "\"extensions\":{\"extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d\":"
                + "{\"extension_type\":\"property-extension\",\"tlp_2_0\":\"amber\"}}}");
        for (JsonNode indicator : objectsOfType(bundle, "indicator")) {
            assertThat(indicator.get("object_marking_refs").get(0).asText())
                    .isEqualTo(amber.get("id").asText());
        }
    }

    @Test
    void export_technique_becomesAttackPatternWithMitreReference() throws IOException {
        JsonNode pattern = objectsOfType(export(List.of(SampleEvents.c2())), "attack-pattern")
                .getFirst();

        assertThat(pattern.get("name").asText()).isEqualTo("T1071.001");
        assertThat(pattern.get("external_references").toString()).isEqualTo(
                "[{\"source_name\":\"mitre-attack\",\"external_id\":\"T1071.001\","
                        + "\"url\":\"https://attack.mitre.org/techniques/T1071/001/\"}]");
    }

    @Test
    void export_c2Event_linksIndicatorsTechniqueAndAttacker() throws IOException {
        JsonNode bundle = export(List.of(SampleEvents.c2()));
        String attackPattern = objectsOfType(bundle, "attack-pattern").getFirst().get("id")
                .asText();
        String intrusionSet = objectsOfType(bundle, "intrusion-set").getFirst().get("id")
                .asText();
        List<JsonNode> relationships = objectsOfType(bundle, "relationship");

        assertThat(relationships).hasSize(6 * 2 + 1);
        assertThat(relationships).filteredOn(r -> r.get("relationship_type").asText()
                .equals("uses")).singleElement().satisfies(r -> {
                    assertThat(r.get("source_ref").asText()).isEqualTo(intrusionSet);
                    assertThat(r.get("target_ref").asText()).isEqualTo(attackPattern);
                });
        for (JsonNode indicator : objectsOfType(bundle, "indicator")) {
            assertThat(relationships).filteredOn(r -> r.get("source_ref").asText()
                    .equals(indicator.get("id").asText()))
                    .extracting(r -> r.get("relationship_type").asText() + " "
                            + r.get("target_ref").asText())
                    .containsExactlyInAnyOrder("indicates " + attackPattern,
                            "indicates " + intrusionSet);
            assertThat(indicator.get("kill_chain_phases").toString()).isEqualTo(
                    "[{\"kill_chain_name\":\"lockheed-martin-cyber-kill-chain\","
                            + "\"phase_name\":\"command-and-control\"}]");
            assertThat(indicator.get("valid_from").asText()).isEqualTo("2013-02-18T08:30:00.000Z");
        }
    }

    @Test
    void export_everyReference_pointsAtAnObjectEarlierInTheBundle() throws IOException {
        JsonNode bundle = export(List.of(SampleEvents.c2(), SampleEvents.phishing(),
                SampleEvents.hostile()));

        Set<String> seen = new HashSet<>();
        for (JsonNode object : bundle.get("objects")) {
            for (String ref : references(object)) {
                assertThat(seen).as("%s in %s", ref, object.get("id").asText()).contains(ref);
            }
            seen.add(object.get("id").asText());
        }
        JsonNode report = objectsOfType(bundle, "report").getFirst();
        assertThat(report.get("name").asText()).isEqualTo("APT1 command-and-control server");
        assertThat(report.get("published").asText()).isEqualTo("2013-02-19T08:30:00.000Z");
        assertThat(report.get("x_needle_dataset").asText()).isEqualTo("apt-reports");
        assertThat(report.get("object_refs")).hasSize(1 + 1 + 6 + 13);
    }

    @Test
    void export_malformedIndicators_skipsAndReportsThem() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExportSummary summary = exporter.export(List.of(SampleEvents.malformed(),
                SampleEvents.phishing()), out);
        JsonNode bundle = JSON.readTree(out.toByteArray());

        assertThat(summary.events()).isEqualTo(2);
        assertThat(summary.skipped()).isEqualTo(5);
        assertThat(summary.skipSamples()).extracting(SkippedIndicator::reason).contains(
                "'198.51.100.300' is not a valid ipv4 value",
                "'evil.example\\u000a} deny all;' is not a valid domain value");
        assertThat(summary.entries()).isEqualTo(bundle.get("objects").size());
        assertThat(objectsOfType(bundle, "report")).singleElement()
                .satisfies(r -> assertThat(r.get("name").asText())
                        .isEqualTo("Spear-phishing attachment from APT1"));
        assertThat(StixSchemaValidator.errors(bundle)).isEmpty();
    }

    @Test
    void export_noEvents_writesAValidBundleWithoutObjects() throws IOException {
        JsonNode bundle = export(List.of());

        assertThat(bundle.has("objects")).isFalse();
        assertThat(bundle.get("id").asText()).startsWith("bundle--");
        assertThat(StixSchemaValidator.errors(bundle)).isEmpty();
    }

    private JsonNode export(List<ThreatEvent> events) throws IOException {
        return JSON.readTree(bytes(events));
    }

    private byte[] bytes(List<ThreatEvent> events) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.export(events, out);
        return out.toByteArray();
    }

    static List<JsonNode> objectsOfType(JsonNode bundle, String type) {
        return StreamSupport.stream(bundle.get("objects").spliterator(), false)
                .filter(o -> o.get("type").asText().equals(type)).toList();
    }

    private static Map<String, Long> countByType(JsonNode bundle) {
        Map<String, Long> counts = new LinkedHashMap<>();
        bundle.get("objects").forEach(o -> counts.merge(o.get("type").asText(), 1L, Long::sum));
        return counts;
    }

    private static Map<String, String> patternsByName(JsonNode bundle) {
        Map<String, String> patterns = new LinkedHashMap<>();
        for (JsonNode indicator : objectsOfType(bundle, "indicator")) {
            patterns.put(indicator.get("name").asText(), indicator.get("pattern").asText());
        }
        return patterns;
    }

    private static List<String> references(JsonNode object) {
        List<String> refs = new ArrayList<>();
        for (Map.Entry<String, JsonNode> field : object.properties()) {
            if (field.getKey().endsWith("_ref")) {
                refs.add(field.getValue().asText());
            } else if (field.getKey().endsWith("_refs")) {
                field.getValue().forEach(ref -> refs.add(ref.asText()));
            }
        }
        return refs;
    }

    /** Reads a STIX pattern string literal as the grammar defines it. */
    static String readLiteral(String literal) {
        assertThat(literal).startsWith("'").endsWith("'");
        StringBuilder value = new StringBuilder();
        for (int i = 1; i < literal.length() - 1; i++) {
            char c = literal.charAt(i);
            if (c == '\\') {
                char escaped = literal.charAt(++i);
                assertThat(escaped).isIn('\\', '\'');
                value.append(escaped);
            } else {
                assertThat(c).isNotEqualTo('\'');
                value.append(c);
            }
        }
        return value.toString();
    }
}
