package dev.needle.intel.service;

import dev.needle.core.indicator.Indicator;
import java.util.Objects;
import java.util.UUID;

/**
 * Where a graph expansion starts.
 *
 * @param kind what the seed is
 * @param key the event id, the indicator as {@code type:value}, the attacker's name or the
 *     technique id
 */
public record GraphSeed(NodeKind kind, String key) {

    public GraphSeed {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(key, "key");
        if (key.isBlank()) {
            throw new IllegalArgumentException("a " + kind.prefix() + " seed needs a key");
        }
    }

    /** Starts at an event. */
    public static GraphSeed event(UUID id) {
        return new GraphSeed(NodeKind.EVENT, id.toString());
    }

    /** Starts at an indicator. */
    public static GraphSeed indicator(Indicator indicator) {
        return new GraphSeed(NodeKind.INDICATOR, indicator.toString());
    }

    /** Starts at an attacker. */
    public static GraphSeed attacker(String name) {
        return new GraphSeed(NodeKind.ATTACKER, name);
    }

    /** Starts at an ATT&CK technique. */
    public static GraphSeed technique(String id) {
        return new GraphSeed(NodeKind.TECHNIQUE, id);
    }

    /** The id the seed's node has in the graph. */
    public String nodeId() {
        return kind.nodeId(key);
    }
}
