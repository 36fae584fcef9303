package dev.needle.intel.feed;

import dev.needle.intel.feed.StixBundle.Relationship;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The relationships of a bundle as an undirected graph over object ids, with the walks that
 * grouping needs: the actor behind an object, and an object's neighbours.
 */
final class StixGraph {

    /** An edge seen from one end: the relationship type, the other end, and the direction. */
    record Link(String type, String other, boolean outgoing) {
    }

    /** Types an actor search walks through: what connects an indicator to its actor. */
    private static final Set<String> WALKABLE = Set.of("campaign", "malware", "tool",
            "infrastructure", "intrusion-set", "threat-actor");
    private static final int MAX_DEPTH = 3;

    private final Map<String, StixObject> byId;
    private final Map<String, List<Link>> links = new HashMap<>();

    StixGraph(StixBundle bundle) {
        this.byId = bundle.byId();
        for (Relationship r : bundle.relationships()) {
            links.computeIfAbsent(r.source(), k -> new ArrayList<>())
                    .add(new Link(r.type(), r.target(), true));
            links.computeIfAbsent(r.target(), k -> new ArrayList<>())
                    .add(new Link(r.type(), r.source(), false));
        }
    }

    Optional<StixObject> object(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    List<Link> links(String id) {
        return links.getOrDefault(id, List.of());
    }

    /** The objects one relationship away from {@code id}, in bundle order of the links. */
    List<StixObject> neighbours(String id) {
        List<StixObject> out = new ArrayList<>();
        for (Link link : links(id)) {
            object(link.other()).ifPresent(out::add);
        }
        return out;
    }

    /** The objects at the far end of {@code type} relationships that start at {@code id}. */
    List<StixObject> targets(String id, String type) {
        List<StixObject> out = new ArrayList<>();
        for (Link link : links(id)) {
            if (link.outgoing() && link.type().equals(type)) {
                object(link.other()).ifPresent(out::add);
            }
        }
        return out;
    }

    /**
     * The actor nearest to {@code starts}, walking at most three relationships through
     * campaigns, malware, tools, infrastructure and actors: the nearest intrusion set, else the
     * nearest threat actor.
     */
    Optional<StixObject> actorNear(Collection<String> starts) {
        Deque<String> queue = new ArrayDeque<>();
        Map<String, Integer> depth = new HashMap<>();
        for (String start : new LinkedHashSet<>(starts)) {
            queue.add(start);
            depth.put(start, 0);
        }
        StixObject threatActor = null;
        Set<String> visited = new HashSet<>(depth.keySet());
        while (!queue.isEmpty()) {
            String id = queue.poll();
            int d = depth.get(id);
            StixObject o = byId.get(id);
            if (o != null && o.is("intrusion-set")) {
                return Optional.of(o);
            }
            if (o != null && o.is("threat-actor") && threatActor == null) {
                threatActor = o;
            }
            boolean walkOn = d == 0 || (o != null && WALKABLE.contains(o.type()));
            if (d < MAX_DEPTH && walkOn) {
                for (Link link : links(id)) {
                    if (visited.add(link.other())) {
                        depth.put(link.other(), d + 1);
                        queue.add(link.other());
                    }
                }
            }
        }
        return Optional.ofNullable(threatActor);
    }
}
