package dev.needle.analyst.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.needle.analyst.Intent;
import dev.needle.analyst.ToolCall;
import dev.needle.analyst.conversation.Entities;
import dev.needle.analyst.conversation.Profile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** One labelled question of the evaluation set; the format is in docs/analyst.md. */
record EvalCase(String id, Intent intent, List<Turn> turns, Profile profile, String question,
        List<ToolCall> expect) {

    /** An earlier question of the conversation and the entities its answer held. */
    record Turn(String question, Entities result) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Reads a JSON Lines resource; a bad line fails with the file and line number. */
    static List<EvalCase> load(String resource) {
        List<EvalCase> cases = new ArrayList<>();
        try (InputStream in = EvalCase.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " not found");
            }
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 0; i < lines.length; i++) {
                if (!lines[i].isBlank()) {
                    try {
                        cases.add(parse(JSON.readTree(lines[i])));
                    } catch (RuntimeException | IOException e) {
                        throw new IllegalStateException(resource + " line " + (i + 1) + ": "
                                + e.getMessage(), e);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cases;
    }

    private static EvalCase parse(JsonNode node) {
        List<Turn> turns = new ArrayList<>();
        for (JsonNode turn : node.path("turns")) {
            JsonNode result = turn.path("result");
            turns.add(new Turn(turn.path("question").asText(), new Entities(strings(result, "ip"),
                    strings(result, "path"), strings(result, "attacker"),
                    strings(result, "indicator"))));
        }
        JsonNode profile = node.path("profile");
        List<ToolCall> expect = new ArrayList<>();
        for (JsonNode call : node.path("expect")) {
            Map<String, String> args = new TreeMap<>();
            call.path("args").properties()
                    .forEach(e -> args.put(e.getKey(), e.getValue().asText()));
            expect.add(ToolCall.of(call.path("tool").asText(), args));
        }
        return new EvalCase(node.path("id").asText(), Intent.parse(node.path("intent").asText()),
                turns, new Profile(text(profile, "industry"), text(profile, "country")),
                node.path("question").asText(), expect);
    }

    private static List<String> strings(JsonNode node, String field) {
        List<String> values = new ArrayList<>();
        node.path(field).forEach(value -> values.add(value.asText()));
        return values;
    }

    private static Optional<String> text(JsonNode node, String field) {
        return node.hasNonNull(field) ? Optional.of(node.get(field).asText()) : Optional.empty();
    }
}
