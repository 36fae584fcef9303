package dev.needle.intel.internal.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.needle.intel.internal.store.SortKey;
import dev.needle.intel.internal.store.SortType;
import dev.needle.intel.service.DatasetScope;
import dev.needle.intel.service.EventSearch;
import dev.needle.intel.service.SearchOperator;
import dev.needle.intel.service.SearchTerm;
import dev.needle.intel.service.SortOrder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The cursor of a search: base64url of a JSON object holding the whole query and the key of
 * the last event returned. It carries nothing the caller could not have asked for, so it is
 * not signed; access is checked again on every page.
 */
public final class SearchCursor {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int VERSION = 1;

    private SearchCursor() {
    }

    /**
     * A decoded cursor.
     *
     * @param query the search it was issued for, without a cursor
     * @param last the key of the last event of the page it ended
     */
    public record Decoded(EventSearch query, SortKey last) {
    }

    /** The cursor after {@code last} for {@code search}. */
    public static String encode(EventSearch search, SortKey last) {
        ObjectNode root = MAPPER.createObjectNode().put("v", VERSION);
        ObjectNode scope = root.putObject("scope").put("all", search.scope().all());
        ArrayNode names = scope.putArray("names");
        search.scope().names().stream().sorted().forEach(names::add);
        ArrayNode terms = root.putArray("terms");
        for (SearchTerm term : search.terms()) {
            ObjectNode node = terms.addObject().put("field", term.field())
                    .put("op", term.operator().apiName());
            term.values().forEach(node.putArray("values")::add);
        }
        root.put("text", search.text()).put("sort", search.sortField())
                .put("order", search.order().name()).put("size", search.pageSize());
        ObjectNode key = root.putObject("last").put("type", last.type().name())
                .put("id", last.id()).put("dataset", last.dataset());
        switch (last.type()) {
            case LONG -> key.put("value", (Long) last.value());
            case DOUBLE -> key.put("value", (Double) last.value());
            case TEXT -> key.put("value", (String) last.value());
        }
        byte[] json = root.toString().getBytes(StandardCharsets.UTF_8);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json);
    }

    /** Reads a cursor; a cursor this service did not issue fails with a clear message. */
    public static Decoded decode(String cursor) {
        try {
            JsonNode root = MAPPER.readTree(Base64.getUrlDecoder().decode(cursor));
            if (root == null || root.path("v").asInt() != VERSION) {
                throw new IllegalArgumentException("unknown cursor version");
            }
            return new Decoded(query(root), key(root.get("last")));
        } catch (IllegalArgumentException | NullPointerException | IOException e) {
            // a missing or mistyped member surfaces as one of these; all mean a foreign cursor
            throw new IllegalArgumentException("the cursor is not one this service issued", e);
        }
    }

    private static EventSearch query(JsonNode root) {
        JsonNode scopeNode = root.get("scope");
        Set<String> names = new HashSet<>();
        scopeNode.get("names").forEach(name -> names.add(name.textValue()));
        DatasetScope scope = new DatasetScope(scopeNode.get("all").booleanValue(), names);
        List<SearchTerm> terms = new ArrayList<>();
        for (JsonNode node : root.get("terms")) {
            List<String> values = new ArrayList<>();
            node.get("values").forEach(value -> values.add(value.textValue()));
            terms.add(new SearchTerm(node.get("field").textValue(),
                    SearchOperator.parse(node.get("op").textValue()), values));
        }
        return new EventSearch(scope, terms, root.get("text").textValue(),
                root.get("sort").textValue(), SortOrder.valueOf(root.get("order").textValue()),
                root.get("size").intValue(), Optional.empty());
    }

    private static SortKey key(JsonNode node) {
        SortType type = SortType.valueOf(node.get("type").textValue());
        JsonNode value = node.get("value");
        Object parsed = switch (type) {
            case LONG -> value.longValue();
            case DOUBLE -> value.doubleValue();
            case TEXT -> value.textValue();
        };
        if (parsed == null || (type != SortType.TEXT && !value.isNumber())) {
            throw new IllegalArgumentException("the last key has no " + type + " value");
        }
        return new SortKey(type, parsed, node.get("id").textValue(),
                node.get("dataset").textValue());
    }
}
