package dev.needle.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.needle.app.http.NeedleServer.Route;
import dev.needle.app.http.testing.ReferenceLog;
import dev.needle.app.http.testing.RunningNeedle;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The served OpenAPI document is valid OpenAPI 3.1 and lists exactly the routes served. */
class OpenApiDocumentTest {

    private static final Set<String> METHODS =
            Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");

    private static final Set<String> JSON_TYPES =
            Set.of("string", "number", "integer", "boolean", "object", "array", "null");

    @TempDir
    static Path dataDir;

    private static RunningNeedle needle;

    @BeforeAll
    static void start() {
        needle = RunningNeedle.start(dataDir, List.of(ReferenceLog.resource("hostile-agents.log")));
    }

    @AfterAll
    static void stop() {
        needle.close();
    }

    @Test
    void document_parsesAsOpenApi31WithoutMessages() {
        HttpResponse<String> response = needle.get("/api/v1/openapi.json");

        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(response.body(), null,
                options);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).get().asString()
                .startsWith("application/json");
        assertThat(result.getMessages()).isEmpty();
        assertThat(result.getOpenAPI().getOpenapi()).isEqualTo("3.1.0");
        assertThat(result.getOpenAPI().getComponents().getSchemas())
                .containsKeys("Error", "TopEntry", "SeriesResponse", "Finding", "Summary");
    }

    @Test
    void document_listsEveryApiRouteTheServerDeclares() {
        Set<String> documented = documentedOperations();

        Set<String> served = new TreeSet<>();
        for (Route route : needle.server().routes()) {
            if (route.path().startsWith("/api/v1/")) {
                served.add(route.method() + " " + route.path());
            }
        }

        assertThat(served).hasSize(19);
        assertThat(documented).containsAll(served);
    }

    @Test
    void document_describesOnlyRoutesTheServerDeclares() {
        Set<String> served = new TreeSet<>();
        needle.server().routes().forEach(r -> served.add(r.method() + " " + r.path()));

        assertThat(served).containsAll(documentedOperations());
    }

    @Test
    void document_everyTrafficOperationDocumentsItsErrors() {
        JsonNode paths = RunningNeedle.json(needle.get("/api/v1/openapi.json")).get("paths");

        List<String> missing = new ArrayList<>();
        paths.properties().forEach(path -> {
            if (path.getKey().startsWith("/api/v1/traffic/")) {
                JsonNode responses = path.getValue().get("get").get("responses");
                if (!responses.has("400") || !responses.has("500")) {
                    missing.add(path.getKey());
                }
            }
        });

        assertThat(missing).isEmpty();
    }

    @Test
    void document_everySchemaTypeIsAJsonSchemaType() {
        JsonNode document = RunningNeedle.json(needle.get("/api/v1/openapi.json"));

        List<String> bad = new ArrayList<>();
        collectTypes(document, "#", bad);

        assertThat(bad).isEmpty();
    }

    /**
     * Walks the document; any "type" naming no JSON Schema type is added to {@code bad}. Security
     * schemes are skipped: their "type" is the kind of scheme, such as http. The keys of a
     * schema's "properties" are property names, so a property called type is a schema too.
     */
    private static void collectTypes(JsonNode node, String at, List<String> bad) {
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectTypes(node.get(i), at + "/" + i, bad);
            }
            return;
        }
        node.properties().forEach(entry -> {
            JsonNode value = entry.getValue();
            if (entry.getKey().equals("securitySchemes")) {
                return;
            }
            if (entry.getKey().equals("properties") && value.isObject()) {
                value.properties().forEach(property -> collectTypes(property.getValue(),
                        at + "/properties/" + property.getKey(), bad));
            } else if (entry.getKey().equals("type")) {
                List<JsonNode> types = new ArrayList<>();
                if (value.isArray()) {
                    value.forEach(types::add);
                } else {
                    types.add(value);
                }
                types.stream().filter(t -> !JSON_TYPES.contains(t.asText()))
                        .forEach(t -> bad.add(at + "/type: " + t));
            } else {
                collectTypes(value, at + "/" + entry.getKey(), bad);
            }
        });
    }

    private static Set<String> documentedOperations() {
        JsonNode paths = RunningNeedle.json(needle.get("/api/v1/openapi.json")).get("paths");
        Set<String> operations = new TreeSet<>();
        paths.properties().forEach(path -> path.getValue().fieldNames().forEachRemaining(method -> {
            if (METHODS.contains(method)) {
                operations.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey());
            }
        }));
        return operations;
    }
}
