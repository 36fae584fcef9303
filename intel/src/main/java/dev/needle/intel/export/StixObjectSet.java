package dev.needle.intel.export;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The STIX objects of one event, split into those shared with other events and its own.
 *
 * @param shared producer identity, marking definitions, intrusion set and attack patterns, which
 *     other events may name too; a writer keeps one copy of each
 * @param owned the event's indicators, relationships and report, the report last
 */
public record StixObjectSet(List<ObjectNode> shared, List<ObjectNode> owned) {

    /** The set of an event with no valid indicator: nothing to write. */
    public static final StixObjectSet EMPTY = new StixObjectSet(List.of(), List.of());

    public StixObjectSet {
        shared = List.copyOf(shared);
        owned = List.copyOf(owned);
    }

    /** Shared objects, then owned ones, so that every reference points backwards. */
    public List<ObjectNode> all() {
        List<ObjectNode> all = new ArrayList<>(shared.size() + owned.size());
        all.addAll(shared);
        all.addAll(owned);
        return all;
    }
}
