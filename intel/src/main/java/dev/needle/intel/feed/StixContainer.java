package dev.needle.intel.feed;

import java.util.List;
import java.util.Optional;

/**
 * What one group of events is built around: a report, an observation, an actor, or a lone
 * indicator or observable; and the objects whose values become the events' indicators.
 *
 * @param anchor the report, observed-data, intrusion set, threat actor, indicator or observable
 * @param members the objects that name values
 * @param actor the actor the group is attributed to, when one is linked
 */
record StixContainer(StixObject anchor, List<StixObject> members, Optional<StixObject> actor) {

    StixContainer {
        members = List.copyOf(members);
    }
}
