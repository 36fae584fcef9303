package dev.needle.app.http.web;

import dev.needle.intel.KillChainStage;
import dev.needle.intel.ThreatEvent;
import java.util.List;
import java.util.Optional;

/**
 * What the events page shows.
 *
 * @param filter the filters applied
 * @param attackers the attackers known to the caller, for the drop-down
 * @param events one page of matching events, newest first
 * @param next the link to the next page, when there is one
 * @param problem why the search could not run, when it could not
 */
public record EventListView(EventFilter filter, List<String> attackers, List<ThreatEvent> events,
        Optional<String> next, Optional<String> problem) {

    /** The kill-chain stage labels, in order, for the stage drop-down. */
    public List<String> stages() {
        return List.of(KillChainStage.values()).stream().map(KillChainStage::label).toList();
    }
}
