package dev.needle.app.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import dev.needle.core.indicator.Indicator;
import dev.needle.core.indicator.IndicatorType;
import dev.needle.intel.KillChainStage;
import dev.needle.intel.ThreatEvent;
import dev.needle.intel.Tlp;
import dev.needle.intel.service.AggregateDimension;
import dev.needle.intel.service.AggregateResult;
import dev.needle.intel.service.AggregateRow;
import dev.needle.intel.service.Completeness;
import dev.needle.intel.service.DecayPolicy;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class IntelLabelsTest {

    private static ThreatEvent event() {
        return new ThreatEvent(UUID.fromString("00000000-0000-4000-8000-000000000001"), "apt",
                Instant.parse("2025-05-01T08:00:00Z"), "Spear-phishing", "Phishing", "APT1", "CN",
                "US", "Finance", List.of(new Indicator(IndicatorType.IPV4, "198.51.100.23"),
                        new Indicator(IndicatorType.SHA256, "9f86d081884c7d659a2feaa0c55ad015"
                                + "a3bf4f1b2b0b822cd15d6c15b0f00a08")),
                Optional.of(KillChainStage.COMMAND_AND_CONTROL), List.of("T1566.001"),
                List.of("apt1"), Tlp.AMBER_STRICT, 80, Optional.empty(), Optional.empty(), "",
                List.of(), Map.of("source", "test"));
    }

    @Test
    void write_event_writesTypesMarkingAndStageAsLabels() throws Exception {
        JsonNode json = Json.MAPPER.valueToTree(event());

        assertThat(json.get("indicators").get(0).get("type").asText()).isEqualTo("ipv4");
        assertThat(json.get("indicators").get(1).get("type").asText()).isEqualTo("sha256");
        assertThat(json.get("tlp").asText()).isEqualTo("amber+strict");
        assertThat(json.get("killChainStage").asText()).isEqualTo("command-and-control");
    }

    @Test
    void readBack_writtenEvent_isTheSameEvent() throws Exception {
        String written = Json.MAPPER.writeValueAsString(event());

        assertThat(Json.MAPPER.readValue(written, ThreatEvent.class)).isEqualTo(event());
    }

    @Test
    void write_aggregate_namesDimensionsAsTheByParameterDoes() {
        AggregateResult result = new AggregateResult(List.of(AggregateDimension.KILL_CHAIN_STAGE,
                AggregateDimension.TARGET_INDUSTRY), 3, List.of(new AggregateRow(Map.of(
                        AggregateDimension.KILL_CHAIN_STAGE, "delivery",
                        AggregateDimension.TARGET_INDUSTRY, "Finance"),
                        Optional.of(LocalDate.of(2025, 5, 1)), 3)), Completeness.full());

        JsonNode json = Json.MAPPER.valueToTree(result);

        assertThat(json.get("by").toString()).isEqualTo("[\"killChainStage\",\"targetIndustry\"]");
        assertThat(json.get("rows").get(0).get("key").toString())
                .isEqualTo("{\"targetIndustry\":\"Finance\",\"killChainStage\":\"delivery\"}");
    }

    @Test
    void write_decayPolicy_keysTypesByLabel() {
        JsonNode json = Json.MAPPER.valueToTree(DecayPolicy.standard());

        assertThat(json.get("byType").has("ipv4")).isTrue();
        assertThat(json.get("byType").has("IPV4")).isFalse();
    }

    @Test
    void read_labelsAndEnumNames_bothParse() throws Exception {
        List<Tlp> markings = Json.MAPPER.readValue(
                "[\"amber+strict\", \"AMBER_STRICT\", \"amber strict\", \"white\"]",
                new TypeReference<>() { });
        Map<IndicatorType, String> keyed = Json.MAPPER.readValue(
                "{\"ipv4\": \"a\", \"SHA1\": \"b\"}", new TypeReference<>() { });

        assertThat(markings).containsExactly(Tlp.AMBER_STRICT, Tlp.AMBER_STRICT,
                Tlp.AMBER_STRICT, Tlp.CLEAR);
        assertThat(keyed).containsOnlyKeys(IndicatorType.IPV4, IndicatorType.SHA1);
    }

    @Test
    void read_unknownLabel_failsNamingTheValueAndTheLabels() {
        assertThatThrownBy(() -> Json.MAPPER.readValue("\"purple\"", Tlp.class))
                .isInstanceOf(InvalidFormatException.class)
                .hasMessageContaining("\"purple\"")
                .hasMessageContaining("expected clear, green, amber, amber+strict or red");
    }
}
