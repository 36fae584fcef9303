package dev.needle.app.http.api;

import dev.needle.intel.ThreatEvent;
import dev.needle.intel.service.Dataset;
import dev.needle.intel.service.EventPage;
import dev.needle.intel.service.EventSearch;
import dev.needle.intel.service.IntelService;
import dev.needle.intel.service.Principal;
import dev.needle.intel.service.SearchOperator;
import dev.needle.intel.service.SortOrder;
import dev.needle.intel.taxii.AddedEvent;
import dev.needle.intel.taxii.EventPosition;
import dev.needle.intel.taxii.TaxiiSource;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The TAXII view of the datasets one principal may read, answered by the intel service so that
 * its access rules apply unchanged.
 *
 * <p>The intel store keeps no time of import, so the date added that TAXII reports is the
 * event's own date. A client that resumes with {@code added_after} therefore misses an event
 * imported later whose date is older than the last one it saw; it sees such an event when it
 * reads the collection from the start.
 */
final class IntelTaxiiSource implements TaxiiSource {

    private static final int PAGE = 1_000;

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
        EventSearch search = EventSearch.everything().inDatasets(dataset)
                .sortedBy("date", SortOrder.ASC).withPageSize(Math.min(PAGE, limit + 1));
        if (position.isPresent()) {
            search = search.where("date", SearchOperator.GTE,
                    position.get().added().truncatedTo(ChronoUnit.MILLIS).toString());
        }

        List<AddedEvent> after = new ArrayList<>();
        while (true) {
            EventPage page = intel.searchEvents(reader, search);
            page.events().stream().map(IntelTaxiiSource::added)
                    .filter(e -> position.isEmpty() || e.position().compareTo(position.get()) > 0)
                    .forEach(after::add);
            if (page.nextCursor().isEmpty() || enough(after, page, limit)) {
                break;
            }
            search = search.withCursor(page.nextCursor().get());
        }
        after.sort(Comparator.comparing(AddedEvent::position));
        return after.size() > limit ? List.copyOf(after.subList(0, limit)) : after;
    }

    /** Whether {@code limit} events are in hand and no later page can tie with the last. */
    private static boolean enough(List<AddedEvent> after, EventPage page, int limit) {
        if (after.size() < limit || page.events().isEmpty()) {
            return false;
        }
        List<AddedEvent> sorted = new ArrayList<>(after);
        sorted.sort(Comparator.comparing(AddedEvent::position));
        return page.events().getLast().date().isAfter(sorted.get(limit - 1).added());
    }

    private static AddedEvent added(ThreatEvent event) {
        return new AddedEvent(event, event.date());
    }
}
