package dev.needle.intel.internal.store;

import dev.needle.intel.service.SortOrder;
import java.util.Comparator;
import java.util.Objects;

/**
 * Where an event stands in a sorted result across datasets: its sort value, then its id, then
 * its dataset's name, so that no two events share a key.
 *
 * @param type the type of {@code value}
 * @param value a Long, Double or String
 * @param id the event id as stored
 * @param dataset the dataset name
 */
public record SortKey(SortType type, Object value, String id, String dataset) {

    public SortKey {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(dataset, "dataset");
    }

    /** The order of keys for a sort direction. */
    public static Comparator<SortKey> order(SortOrder order) {
        Comparator<SortKey> ascending = (a, b) -> {
            int byValue = a.type.compare(a.value, b.value);
            if (byValue != 0) {
                return byValue;
            }
            int byId = SortType.compareCodePoints(a.id, b.id);
            return byId != 0 ? byId : SortType.compareCodePoints(a.dataset, b.dataset);
        };
        return order == SortOrder.ASC ? ascending : ascending.reversed();
    }
}
