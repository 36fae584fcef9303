package dev.needle.analyst.plan;

import java.util.Map;
import java.util.Set;

/** Which arguments each tool takes, as docs/analyst.md lists them. */
public final class ToolArguments {

    private static final Map<String, Set<String>> BY_TOOL = Map.ofEntries(
            Map.entry("traffic_top", Set.of("field", "limit", "where", "range")),
            Map.entry("traffic_series", Set.of("bucket", "where", "range", "split")),
            Map.entry("traffic_spike", Set.of("at", "where", "range")),
            Map.entry("traffic_findings", Set.of("where", "range")),
            Map.entry("intel_match", Set.of("values")),
            Map.entry("intel_events", Set.of("attacker", "technique", "stage", "industry",
                    "country", "range", "limit")),
            Map.entry("intel_aggregate", Set.of("by", "attacker", "industry", "country", "range",
                    "limit")),
            Map.entry("intel_new_techniques", Set.of("range")),
            Map.entry("intel_actor_timeline", Set.of("attacker")),
            Map.entry("intel_blocklist", Set.of("limit", "type")),
            Map.entry("indicator_lookup", Set.of("value")));

    private ToolArguments() {
    }

    /** The names of the tools. */
    public static Set<String> tools() {
        return BY_TOOL.keySet();
    }

    /** Whether {@code tool} takes an argument called {@code name}. */
    public static boolean takes(String tool, String name) {
        return BY_TOOL.getOrDefault(tool, Set.of()).contains(name);
    }

    /** The arguments a tool takes; empty for an unknown tool. */
    public static Set<String> of(String tool) {
        return BY_TOOL.getOrDefault(tool, Set.of());
    }
}
