package dev.needle.intel.internal.query;

import dev.needle.intel.internal.store.SortKey;
import dev.needle.intel.internal.store.StoredEvent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/** Merges per-store results, each already in result order, into the first n of them all. */
final class KWayMerge {

    private KWayMerge() {
    }

    static List<StoredEvent> merge(Collection<List<StoredEvent>> sorted, Comparator<SortKey> order,
            int n) {
        PriorityQueue<Run> heads = new PriorityQueue<>(
                (a, b) -> order.compare(a.head().key(), b.head().key()));
        for (List<StoredEvent> run : sorted) {
            if (!run.isEmpty()) {
                heads.add(new Run(run, 0));
            }
        }
        List<StoredEvent> merged = new ArrayList<>(n);
        while (merged.size() < n && !heads.isEmpty()) {
            Run run = heads.poll();
            merged.add(run.head());
            if (run.position() + 1 < run.events().size()) {
                heads.add(new Run(run.events(), run.position() + 1));
            }
        }
        return merged;
    }

    private record Run(List<StoredEvent> events, int position) {

        StoredEvent head() {
            return events.get(position);
        }
    }
}
