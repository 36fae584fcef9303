package dev.needle.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.needle.app.http.testing.IntelFixture;
import dev.needle.app.http.testing.ReferenceLog;
import dev.needle.app.http.testing.RunningNeedle;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The intel API's responses fit the schemas openapi.json gives them, enum labels included:
 * each body is validated, as JSON Schema 2020-12, against the schema of its operation's
 * success response, with the document's components beside it for references.
 */
class IntelApiSchemaTest {

    private static final JsonSchemaFactory FACTORY =
            JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true).build();

    @TempDir
    static Path dataDir;

    private static RunningNeedle needle;
    private static IntelFixture intel;
    private static JsonNode document;

    @BeforeAll
    static void start() {
        needle = RunningNeedle.start(dataDir, List.of(ReferenceLog.resource("hostile-agents.log")));
        intel = IntelFixture.create(needle);
        document = RunningNeedle.json(needle.get("/api/v1/openapi.json"));
    }

    @AfterAll
    static void stop() {
        needle.close();
    }

    @Test
    void datasetsEventsAndOneEvent_fitTheirSchemas() {
        JsonNode page = get("/api/v1/events", "?dataset=apt1&dataset=feodo&pageSize=40");
        String id = page.get("events").get(0).get("id").asText();
        String dataset = page.get("events").get(0).get("dataset").asText();

        assertThat(errors("/api/v1/datasets", "get", "200", get("/api/v1/datasets", "")))
                .isEmpty();
        assertThat(errors("/api/v1/events", "get", "200", page)).isEmpty();
        assertThat(errors("/api/v1/datasets/{dataset}/events/{id}", "get", "200",
                get("/api/v1/datasets/" + dataset + "/events/" + id, ""))).isEmpty();
    }

    @Test
    void aggregates_fitTheirSchema() {
        for (String query : List.of("?by=killChainStage,attacker&perDay=true",
                "?by=technique,targetIndustry", "?dataset=feodo")) {
            assertThat(errors("/api/v1/events/aggregate", "get", "200",
                    get("/api/v1/events/aggregate", query))).as(query).isEmpty();
        }
    }

    @Test
    void pivotGraphAndMatch_fitTheirSchemas() {
        String ip = get("/api/v1/events", "?dataset=feodo&pageSize=1").get("events").get(0)
                .get("indicators").get(0).get("value").asText();
        HttpResponse<String> match = needle.post("/api/v1/indicators/match", intel.acmeRead(),
                ("[\"" + ip + "\", \"evil.example\", \"no indicator\"]")
                        .getBytes(StandardCharsets.UTF_8));

        assertThat(errors("/api/v1/indicators/{type}/{value}/pivot", "get", "200",
                get("/api/v1/indicators/ipv4/" + ip + "/pivot", ""))).isEmpty();
        assertThat(errors("/api/v1/graph", "get", "200", get("/api/v1/graph",
                "?maxNodes=50&seed=" + URLEncoder.encode("attacker:APT1",
                        StandardCharsets.UTF_8)))).isEmpty();
        assertThat(errors("/api/v1/indicators/match", "post", "200",
                RunningNeedle.json(match))).isEmpty();
    }

    private static JsonNode get(String path, String query) {
        HttpResponse<String> response = needle.get(path + query, intel.acmeRead());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return RunningNeedle.json(response);
    }

    /** What is wrong with {@code body} by the schema of the operation's response. */
    private static List<String> errors(String path, String method, String status,
            JsonNode body) {
        JsonNode schema = document.get("paths").get(path).get(method).get("responses")
                .get(status).get("content").get("application/json").get("schema");
        ObjectNode root = schema.deepCopy();
        root.set("components", document.get("components"));
        JsonSchema validator = FACTORY.getSchema(root, CONFIG);
        return validator.validate(body).stream().map(ValidationMessage::toString).toList();
    }
}
