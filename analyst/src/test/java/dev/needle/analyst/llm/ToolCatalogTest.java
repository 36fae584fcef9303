package dev.needle.analyst.llm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.model.chat.request.json.JsonEnumSchema;
import dev.langchain4j.model.chat.request.json.JsonStringSchema;
import dev.needle.analyst.plan.ToolArguments;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ToolCatalogTest {

    private final Map<String, ToolSpecification> specs = ToolCatalog.specifications().stream()
            .collect(Collectors.toMap(ToolSpecification::name, spec -> spec));

    @Test
    void specifications_haveEveryToolWithExactlyItsArguments() {
        assertThat(specs.keySet()).isEqualTo(ToolArguments.tools());
        specs.forEach((name, spec) -> assertThat(spec.parameters().properties().keySet())
                .as(name).isEqualTo(ToolArguments.of(name)));
        specs.forEach((name, spec) -> assertThat(spec.description()).as(name).isNotBlank());
    }

    @Test
    void specifications_markTheArgumentsAToolCannotRunWithout() {
        assertThat(specs.get("traffic_top").parameters().required()).containsExactly("field");
        assertThat(specs.get("intel_match").parameters().required()).containsExactly("values");
        assertThat(specs.get("intel_aggregate").parameters().required()).containsExactly("by");
        assertThat(specs.get("intel_actor_timeline").parameters().required())
                .containsExactly("attacker");
        assertThat(specs.get("indicator_lookup").parameters().required())
                .containsExactly("value");
        assertThat(specs.get("traffic_series").parameters().required()).isEmpty();
        assertThat(specs.get("intel_blocklist").parameters().required()).isEmpty();
    }

    @Test
    void specifications_describeCanonicalFormsAndListEnumerations() {
        var top = specs.get("traffic_top").parameters().properties();
        assertThat(top.get("range")).isInstanceOfSatisfying(JsonStringSchema.class,
                range -> assertThat(range.description()).contains("last 1h").contains("today"));
        assertThat(top.get("field")).isInstanceOfSatisfying(JsonEnumSchema.class,
                field -> assertThat(field.enumValues()).containsExactly("ip", "path", "status",
                        "method", "host", "ua", "referer", "country", "asn"));
        assertThat(specs.get("intel_aggregate").parameters().properties().get("by"))
                .isInstanceOfSatisfying(JsonEnumSchema.class, by -> assertThat(by.enumValues())
                        .contains("attacker", "targetIndustry", "killChainStage"));
        assertThat(specs.get("intel_events").parameters().properties().get("technique"))
                .isInstanceOfSatisfying(JsonStringSchema.class,
                        technique -> assertThat(technique.description()).contains("T1566.001"));
    }

    @Test
    void named_eachToolHasTheIntentOfDocsAnalyst() {
        Map<String, String> intents = ToolCatalog.tools().stream().collect(Collectors.toMap(
                ToolCatalog.Tool::name, tool -> tool.intent().label()));
        assertThat(intents).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                Map.entry("traffic_top", "top"), Map.entry("traffic_series", "series"),
                Map.entry("traffic_spike", "spike"), Map.entry("traffic_findings", "findings"),
                Map.entry("intel_match", "match"), Map.entry("intel_aggregate", "targeting"),
                Map.entry("intel_blocklist", "blocklist"),
                Map.entry("intel_actor_timeline", "killchain"),
                Map.entry("intel_new_techniques", "new_techniques"),
                Map.entry("intel_events", "events"), Map.entry("indicator_lookup", "lookup")));
        assertThat(ToolCatalog.named("traffic_delete")).isEmpty();
    }
}
