package dev.needle.intel.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.resource.AllowSchemaLoader;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Validates STIX objects against the OASIS STIX 2.1 JSON Schemas in the test resources.
 *
 * <p>The schemas name each other by their GitHub URLs; those are mapped onto the copies under
 * {@code stix-schemas/schemas/} on the class path, and every other location is refused, so a
 * validation never touches the network.
 */
public final class StixSchemaValidator {

    private static final String ONLINE =
            "http://raw.githubusercontent.com/oasis-open/cti-stix2-json-schemas/stix2.1/schemas/";
    private static final String LOCAL = "classpath:stix-schemas/schemas/";
    private static final Map<String, String> SCHEMA_OF_TYPE = Map.ofEntries(
            Map.entry("bundle", "common/bundle.json"),
            Map.entry("marking-definition", "common/marking-definition.json"),
            Map.entry("identity", "sdos/identity.json"),
            Map.entry("indicator", "sdos/indicator.json"),
            Map.entry("intrusion-set", "sdos/intrusion-set.json"),
            Map.entry("attack-pattern", "sdos/attack-pattern.json"),
            Map.entry("report", "sdos/report.json"),
            Map.entry("relationship", "sros/relationship.json"));

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(
            SpecVersion.VersionFlag.V202012, builder -> builder
                    .schemaMappers(mappers -> mappers.mapPrefix(ONLINE, LOCAL))
                    .schemaLoaders(loaders -> loaders.add(new AllowSchemaLoader(
                            iri -> iri.toString().startsWith("classpath:")))));
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true).build();
    private static final Map<String, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();

    private StixSchemaValidator() {
    }

    /** The schema errors of a bundle or object, by the schema of its {@code type}. */
    public static List<String> errors(JsonNode object) {
        String type = object.path("type").asText();
        String file = SCHEMA_OF_TYPE.get(type);
        if (file == null) {
            return List.of("no schema is mapped for type '" + type + "'");
        }
        JsonSchema schema = SCHEMAS.computeIfAbsent(file,
                f -> FACTORY.getSchema(SchemaLocation.of(ONLINE + f), CONFIG));
        return schema.validate(object).stream().map(ValidationMessage::toString)
                .map(m -> object.path("id").asText() + ": " + m).toList();
    }
}
