package dev.needle.intel.internal.query;

import dev.needle.intel.internal.store.AggregateBucket;
import dev.needle.intel.internal.store.SortType;
import dev.needle.intel.service.AggregateDimension;
import dev.needle.intel.service.AggregateRow;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Adds up the groups of several stores and orders them: by day, then count, then key. A
 * timelapse merges some hundred thousand groups, so the sums run on a key whose hash is
 * computed once and the sort compares plain fields.
 */
final class AggregateMerge {

    private AggregateMerge() {
    }

    /** All groups, summed and ordered. */
    static List<AggregateBucket> merge(Collection<List<AggregateBucket>> perStore) {
        Map<Group, Group> sums = new HashMap<>();
        for (List<AggregateBucket> buckets : perStore) {
            for (AggregateBucket bucket : buckets) {
                Group group = new Group(bucket.key(), bucket.epochDay());
                Group summed = sums.putIfAbsent(group, group);
                (summed == null ? group : summed).count += bucket.count();
            }
        }
        List<Group> ordered = new ArrayList<>(sums.keySet());
        ordered.sort(AggregateMerge::compare);
        List<AggregateBucket> merged = new ArrayList<>(ordered.size());
        for (Group group : ordered) {
            merged.add(new AggregateBucket(group.key, group.day, group.count));
        }
        return merged;
    }

    /** A bucket as the API returns it. */
    static AggregateRow row(AggregateBucket bucket, List<AggregateDimension> by,
            boolean perDay) {
        Map<AggregateDimension, String> key = new EnumMap<>(AggregateDimension.class);
        for (int i = 0; i < by.size(); i++) {
            key.put(by.get(i), bucket.key().get(i));
        }
        return new AggregateRow(key, perDay ? Optional.of(LocalDate.ofEpochDay(bucket.epochDay()))
                : Optional.empty(), bucket.count());
    }

    private static int compare(Group a, Group b) {
        if (a.day != b.day) {
            return Long.compare(a.day, b.day);
        }
        if (a.count != b.count) {
            return Long.compare(b.count, a.count);
        }
        for (int i = 0; i < a.key.size(); i++) {
            int order = SortType.compareCodePoints(a.key.get(i), b.key.get(i));
            if (order != 0) {
                return order;
            }
        }
        return 0;
    }

    /** A group's key, hashed once, and the sum of its counts so far. */
    private static final class Group {

        private final List<String> key;
        private final long day;
        private final int hash;
        private long count;

        Group(List<String> key, long day) {
            this.key = key;
            this.day = day;
            this.hash = 31 * key.hashCode() + Long.hashCode(day);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Group group && day == group.day && hash == group.hash
                    && key.equals(group.key);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}
