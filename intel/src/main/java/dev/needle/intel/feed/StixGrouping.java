package dev.needle.intel.feed;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decides which objects of a bundle become one event, in this order:
 *
 * <ol>
 *   <li>each report that refers to indicators or observables, directly or through an
 *       observed-data object, is one group, so an indicator in two reports is in both;
 *   <li>each observed-data object that no report covered is one group;
 *   <li>the remaining indicators and observables that lead to an actor (through
 *       {@code indicates}, {@code attributed-to}, {@code uses} and the like, via campaigns,
 *       malware, tools or infrastructure) are grouped per actor, preferring intrusion sets to
 *       threat actors;
 *   <li>every other indicator or observable is a group of its own, with its neighbours as
 *       context.
 * </ol>
 */
final class StixGrouping {

    private StixGrouping() {
    }

    static List<StixContainer> containers(StixBundle bundle, StixGraph graph) {
        List<StixContainer> containers = new ArrayList<>();
        Set<String> covered = new HashSet<>();
        for (StixObject o : bundle.objects()) {
            if (o.is("report")) {
                List<StixObject> members = members(o.refs(), graph);
                if (!members.isEmpty()) {
                    containers.add(withActor(o, members, graph));
                    members.forEach(m -> covered.add(m.id()));
                }
            }
        }
        for (StixObject o : bundle.objects()) {
            if (o.is("observed-data") && !covered.contains(o.id())) {
                List<StixObject> members = new ArrayList<>(o.values().isEmpty() ? List.of()
                        : List.of(o));
                members.addAll(members(o.refs(), graph));
                members.removeIf(m -> covered.contains(m.id()));
                if (!members.isEmpty()) {
                    containers.add(withActor(o, members, graph));
                    members.forEach(m -> covered.add(m.id()));
                }
            }
        }
        byActor(bundle, graph, covered, containers);
        for (StixObject o : bundle.objects()) {
            if (!o.values().isEmpty() && covered.add(o.id())) {
                containers.add(new StixContainer(o, List.of(o), Optional.empty()));
            }
        }
        return containers;
    }

    private static void byActor(StixBundle bundle, StixGraph graph, Set<String> covered,
            List<StixContainer> containers) {
        Map<String, List<StixObject>> clusters = new LinkedHashMap<>();
        for (StixObject o : bundle.objects()) {
            if (o.values().isEmpty() || covered.contains(o.id())) {
                continue;
            }
            Optional<StixObject> actor = graph.actorNear(List.of(o.id()));
            if (actor.isPresent()) {
                clusters.computeIfAbsent(actor.get().id(), a -> new ArrayList<>()).add(o);
                covered.add(o.id());
            }
        }
        clusters.forEach((actorId, members) -> {
            StixObject actor = graph.object(actorId).orElseThrow();
            containers.add(new StixContainer(actor, members, Optional.of(actor)));
        });
    }

    private static StixContainer withActor(StixObject anchor, List<StixObject> members,
            StixGraph graph) {
        List<String> starts = new ArrayList<>();
        starts.add(anchor.id());
        starts.addAll(anchor.refs());
        return new StixContainer(anchor, members, graph.actorNear(starts));
    }

    /** The objects among {@code refs} that name values, and those of referred observations. */
    private static List<StixObject> members(List<String> refs, StixGraph graph) {
        Map<String, StixObject> members = new LinkedHashMap<>();
        for (String ref : refs) {
            Optional<StixObject> o = graph.object(ref);
            if (o.isEmpty()) {
                continue;
            }
            if (!o.get().values().isEmpty()) {
                members.putIfAbsent(ref, o.get());
            }
            if (o.get().is("observed-data")) {
                for (String inner : o.get().refs()) {
                    graph.object(inner).filter(x -> !x.values().isEmpty())
                            .ifPresent(x -> members.putIfAbsent(inner, x));
                }
            }
        }
        return new ArrayList<>(members.values());
    }
}
