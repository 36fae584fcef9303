package dev.needle.intel.feed;

import dev.needle.intel.KillChainStage;
import dev.needle.intel.feed.StixObject.StixPhase;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Kill chains and techniques of STIX objects. An indicator's Lockheed Martin stage is its own
 * {@code lockheed} (or {@code lockheed-martin...}) kill-chain phase, else that of the attack
 * patterns it is linked to; when several apply, the earliest, since that is where blocking it
 * cuts the chain soonest. Techniques are the ATT&CK ids of the attack patterns linked to an
 * event's indicators, plus those of the group (referenced by the report or linked to the anchor)
 * that match the event's stage or have no stage. {@code mitre-attack} phases are tactics, kept
 * in the metadata with other kill chains such as Mandiant's.
 */
final class StixKillChains {

    private final StixGraph graph;
    private final WarningLog log;

    StixKillChains(StixGraph graph, WarningLog log) {
        this.graph = graph;
        this.log = log;
    }

    /** The stage of {@code member}, when one of its phases or patterns names one. */
    Optional<KillChainStage> stageOf(StixObject member) {
        List<KillChainStage> stages = new ArrayList<>(lockheedStages(member));
        if (stages.isEmpty()) {
            graph.neighbours(member.id()).stream().filter(n -> n.is("attack-pattern"))
                    .forEach(p -> stages.addAll(lockheedStages(p)));
        }
        return stages.stream().min(Comparator.naturalOrder());
    }

    private List<KillChainStage> lockheedStages(StixObject o) {
        List<KillChainStage> stages = new ArrayList<>();
        for (StixPhase phase : o.phases()) {
            if (!phase.killChain().toLowerCase(Locale.ROOT).startsWith("lockheed")) {
                continue;
            }
            try {
                stages.add(KillChainStage.parse(phase.phase()));
            } catch (IllegalArgumentException e) {
                log.add(o.place(), "kill-chain phase '" + phase.phase() + "' of "
                        + phase.killChain() + " is not a Lockheed Martin stage; ignored");
            }
        }
        return stages;
    }

    /** Adds to {@code d} the techniques, tactics and other kill chains of its members. */
    void techniques(EventDraft d, List<StixObject> members,
            List<StixObject> groupPatterns, Optional<KillChainStage> stage, boolean split) {
        Map<String, StixObject> patterns = new LinkedHashMap<>();
        for (StixObject m : members) {
            graph.neighbours(m.id()).stream().filter(n -> n.is("attack-pattern"))
                    .forEach(p -> patterns.putIfAbsent(p.id(), p));
        }
        for (StixObject p : groupPatterns) {
            List<KillChainStage> stages = lockheedStages(p);
            if (!split || stages.isEmpty() || stage.map(stages::contains).orElse(false)) {
                patterns.putIfAbsent(p.id(), p);
            }
        }
        Set<String> tactics = new TreeSet<>();
        Map<String, Set<String>> otherChains = new TreeMap<>();
        members.forEach(m -> otherPhases(m, tactics, otherChains));
        for (StixObject p : patterns.values()) {
            p.attackIds().forEach(id -> d.technique(id, p.place()));
            otherPhases(p, tactics, otherChains);
        }
        d.metadata("attack.tactics", String.join(",", tactics));
        otherChains.forEach((chain, phases) ->
                d.metadata("kill_chain." + chain, String.join(",", phases)));
    }

    private static void otherPhases(StixObject o, Set<String> tactics,
            Map<String, Set<String>> otherChains) {
        for (StixPhase phase : o.phases()) {
            String chain = phase.killChain().toLowerCase(Locale.ROOT);
            if (chain.equals("mitre-attack")) {
                tactics.add(phase.phase());
            } else if (!chain.startsWith("lockheed")) {
                otherChains.computeIfAbsent(phase.killChain(), k -> new TreeSet<>())
                        .add(phase.phase());
            }
        }
    }
}
