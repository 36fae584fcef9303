package dev.needle.intel.internal.query;

import dev.needle.intel.internal.store.AggregateBucket;
import dev.needle.intel.internal.store.SortType;
import dev.needle.intel.service.AggregateDimension;
import dev.needle.intel.service.AggregateRow;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Adds up the groups of several stores and orders them: by day, then count, then key. */
final class AggregateMerge {

    private static final Comparator<AggregateBucket> ORDER = Comparator
            .comparing((AggregateBucket b) -> b.epochDay().orElse(0L))
            .thenComparing(AggregateBucket::count, Comparator.reverseOrder())
            .thenComparing(AggregateBucket::key, AggregateMerge::compareKeys);

    private AggregateMerge() {
    }

    /** All groups, summed and ordered. */
    static List<AggregateBucket> merge(Collection<List<AggregateBucket>> perStore) {
        Map<GroupKey, Long> sums = new HashMap<>();
        for (List<AggregateBucket> buckets : perStore) {
            for (AggregateBucket bucket : buckets) {
                sums.merge(new GroupKey(bucket.key(), bucket.epochDay()), bucket.count(),
                        Long::sum);
            }
        }
        List<AggregateBucket> merged = new ArrayList<>(sums.size());
        sums.forEach((key, count) -> merged.add(new AggregateBucket(key.values(), key.day(),
                count)));
        merged.sort(ORDER);
        return merged;
    }

    /** A bucket as the API returns it. */
    static AggregateRow row(AggregateBucket bucket, List<AggregateDimension> by) {
        Map<AggregateDimension, String> key = new EnumMap<>(AggregateDimension.class);
        for (int i = 0; i < by.size(); i++) {
            key.put(by.get(i), bucket.key().get(i));
        }
        return new AggregateRow(key, bucket.epochDay().map(LocalDate::ofEpochDay),
                bucket.count());
    }

    private static int compareKeys(List<String> a, List<String> b) {
        for (int i = 0; i < a.size(); i++) {
            int order = SortType.compareCodePoints(a.get(i), b.get(i));
            if (order != 0) {
                return order;
            }
        }
        return 0;
    }

    private record GroupKey(List<String> values, Optional<Long> day) {
    }
}
