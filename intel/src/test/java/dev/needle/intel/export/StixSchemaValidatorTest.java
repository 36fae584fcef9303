package dev.needle.intel.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The validator must reject what the schemas forbid, or the export tests prove nothing. */
class StixSchemaValidatorTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String INDICATOR = """
            {"type": "indicator", "spec_version": "2.1",
             "id": "indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f",
             "created": "2016-04-06T20:03:48.000Z", "modified": "2016-04-06T20:03:48.000Z",
             "indicator_types": ["malicious-activity"], "name": "Dropper",
             "pattern": "[file:hashes.'MD5' = '5d41402abc4b2a76b9719d911017c592']",
             "pattern_type": "stix", "valid_from": "2016-01-01T00:00:00Z"}
            """;

    @Test
    void errors_minimalIndicator_hasNone() throws IOException {
        assertThat(StixSchemaValidator.errors(JSON.readTree(INDICATOR))).isEmpty();
    }

    @Test
    void errors_indicatorWithoutPattern_isReported() throws IOException {
        JsonNode indicator = JSON.readTree(INDICATOR.replace("\"pattern\":", "\"patter\":"));

        assertThat(StixSchemaValidator.errors(indicator)).isNotEmpty()
                .anySatisfy(error -> assertThat(error).contains("pattern"));
    }

    @Test
    void errors_createdWithoutMilliseconds_isReported() throws IOException {
        JsonNode indicator = JSON.readTree(INDICATOR.replace("\"2016-04-06T20:03:48.000Z\", \"m",
                "\"2016-04-06T20:03:48Z\", \"m"));

        assertThat(StixSchemaValidator.errors(indicator)).isNotEmpty();
    }

    @Test
    void errors_emptyLabels_isReported() throws IOException {
        JsonNode indicator = JSON.readTree(INDICATOR.replace("\"name\":",
                "\"labels\": [], \"name\":"));

        assertThat(StixSchemaValidator.errors(indicator)).isNotEmpty();
    }

    @Test
    void errors_tlpMarkingWithWrongCreated_isReported() throws IOException {
        JsonNode marking = JSON.readTree("""
                {"type": "marking-definition", "spec_version": "2.1",
                 "id": "marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da",
                 "created": "2020-01-20T00:00:00.000Z", "name": "TLP:GREEN",
                 "definition_type": "tlp", "definition": {"tlp": "green"}}
                """);

        assertThat(StixSchemaValidator.errors(marking)).isNotEmpty();
    }
}
