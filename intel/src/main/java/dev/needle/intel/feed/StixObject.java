package dev.needle.intel.feed;

import dev.needle.intel.Tlp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The parts of one STIX object that import uses, kept compact so that a large bundle does not
 * stay in memory as a JSON tree. Objects of types Needle does not model keep their JSON text.
 *
 * @param id the STIX id
 * @param type the STIX type
 * @param place where the object is, for messages: {@code file /objects/7 (id)}
 * @param name the name, or an empty string
 * @param description the description of reports, campaigns and actors, or an empty string
 * @param created when the object was created
 * @param firstSeen {@code published}, {@code first_seen}, {@code first_observed} or
 *     {@code valid_from}, whichever the type has
 * @param lastSeen {@code last_seen} or {@code last_observed}
 * @param labels {@code labels} and the {@code *_types} vocabularies
 * @param aliases other names of an actor
 * @param refs {@code object_refs}
 * @param markings {@code object_marking_refs}
 * @param phases kill-chain phases
 * @param attackIds ATT&CK ids in the external references
 * @param sectors the sectors of an identity
 * @param countries the countries of a location or of a Unit 42 identity
 * @param confidence the confidence, when given
 * @param values the observables the object names
 * @param unused what the object names that Needle does not keep, for warnings
 * @param tlp the TLP of a marking definition
 * @param json the object's JSON text when its type is not modelled, otherwise empty
 */
record StixObject(String id, String type, String place, String name, String description,
        Optional<Instant> created, Optional<Instant> firstSeen, Optional<Instant> lastSeen,
        List<String> labels, List<String> aliases, List<String> refs, List<String> markings,
        List<StixPhase> phases, List<String> attackIds, List<String> sectors,
        List<String> countries, OptionalInt confidence, List<StixValue> values,
        List<String> unused, Optional<Tlp> tlp, String json) {

    /** A kill-chain phase: {@code lockheed-martin-cyber-kill-chain} / {@code delivery}. */
    record StixPhase(String killChain, String phase) {
    }

    boolean is(String stixType) {
        return type.equals(stixType);
    }

    /** Whether this is an intrusion set or a threat actor. */
    boolean isActor() {
        return is("intrusion-set") || is("threat-actor");
    }
}
