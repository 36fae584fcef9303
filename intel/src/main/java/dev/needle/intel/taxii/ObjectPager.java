package dev.needle.intel.taxii;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.needle.intel.export.StixEventObjects;
import dev.needle.intel.service.AddedEvent;
import dev.needle.intel.service.EventPosition;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Walks a dataset's events in added order, turns each into its STIX objects, applies the
 * query's filters and cuts pages of at most {@code limit} objects.
 *
 * <p>Each event yields the same objects in the same order every time, so a page can stop
 * inside an event and the next page resumes at the object index where it stopped. Shared
 * objects (producer identity, TLP markings, intrusion sets, attack patterns) are repeated on
 * every page that needs them, with the same id and version, and sent once per page; a client
 * keeps one copy per id and version. A filter that matches few objects makes the walk read
 * the whole dataset, one batch of events at a time.
 */
final class ObjectPager {

    private static final int BATCH = 200;

    private final StixEventObjects stix;

    ObjectPager(StixEventObjects stix) {
        this.stix = stix;
    }

    ObjectPage page(TaxiiSource source, String dataset, ObjectQuery query, int limit)
            throws TaxiiRequestException {
        Optional<PageCursor> cursor = query.next().isPresent()
                ? Optional.of(PageCursor.decode(query.next().get())) : Optional.empty();
        Optional<EventPosition> after = cursor.isPresent() ? cursor.get().after()
                : query.addedAfter().map(EventPosition::endOf);
        List<ObjectPage.Entry> page = new ArrayList<>();
        Set<String> onPage = new HashSet<>();
        boolean first = true;
        while (true) {
            List<AddedEvent> batch = source.eventsAfter(dataset, after, BATCH);
            for (AddedEvent added : batch) {
                List<ObjectNode> objects = stix.of(added.event(), (i, r) -> { }).all();
                int start = first && cursor.isPresent()
                        && cursor.get().eventId().equals(added.event().id())
                        ? cursor.get().index() : 0;
                first = false;
                for (int i = start; i < objects.size(); i++) {
                    ObjectNode object = objects.get(i);
                    if (!matches(query, object) || onPage.contains(id(object))) {
                        continue;
                    }
                    if (page.size() == limit) {
                        return new ObjectPage(page, Optional.of(
                                new PageCursor(after, added.event().id(), i).encode()));
                    }
                    page.add(new ObjectPage.Entry(object, added.added()));
                    onPage.add(id(object));
                }
                after = Optional.of(added.position());
            }
            if (batch.size() < BATCH) {
                return new ObjectPage(page, Optional.empty());
            }
        }
    }

    /** The object's version: its modified time, or created for objects that are never revised. */
    static String version(ObjectNode object) {
        return object.has("modified") ? object.get("modified").asText()
                : object.get("created").asText();
    }

    private static boolean matches(ObjectQuery query, ObjectNode object) {
        return matchesAny(query.types(), object.get("type").asText())
                && matchesAny(query.ids(), id(object))
                && matchesAny(query.specVersions(), object.get("spec_version").asText())
                && matchesVersion(query, object);
    }

    private static boolean matchesVersion(ObjectQuery query, ObjectNode object) {
        if (query.versions().isEmpty()) {
            return true;
        }
        Instant version = Instant.parse(version(object));
        for (String wanted : query.versions()) {
            if (wanted.equals("first") || wanted.equals("last") || wanted.equals("all")
                    || Instant.parse(wanted).equals(version)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matchesAny(Set<String> wanted, String value) {
        return wanted.isEmpty() || wanted.contains(value);
    }

    private static String id(ObjectNode object) {
        return object.get("id").asText();
    }
}
