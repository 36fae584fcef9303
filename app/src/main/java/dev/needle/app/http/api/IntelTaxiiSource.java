package dev.needle.app.http.api;

import dev.needle.intel.service.AddedEvent;
import dev.needle.intel.service.Dataset;
import dev.needle.intel.service.EventPosition;
import dev.needle.intel.service.IntelService;
import dev.needle.intel.service.Principal;
import dev.needle.intel.taxii.TaxiiSource;
import java.util.List;
import java.util.Optional;

/**
 * The TAXII view of the datasets one principal may read, answered by the intel service so that
 * its access rules apply unchanged. Dates added are the service's: the time of the import
 * that wrote each event, one microsecond apart within an import.
 */
final class IntelTaxiiSource implements TaxiiSource {

    private final IntelService intel;
    private final Principal reader;

    IntelTaxiiSource(IntelService intel, Principal reader) {
        this.intel = intel;
        this.reader = reader;
    }

    @Override
    public List<String> readableDatasets() {
        return intel.listDatasets(reader).stream().map(Dataset::name).toList();
    }

    @Override
    public List<AddedEvent> eventsAfter(String dataset, Optional<EventPosition> position,
            int limit) {
        return intel.eventsAdded(reader, dataset, position,
                Math.min(limit, IntelService.MAX_ADDED_LIMIT));
    }
}
