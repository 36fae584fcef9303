package dev.needle.intel.internal.match;

import dev.needle.core.indicator.Indicator;
import dev.needle.core.indicator.IndicatorType;
import dev.needle.core.net.Cidr;
import dev.needle.intel.internal.store.IndicatorPosting;
import dev.needle.intel.service.Dataset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Collects a dataset's (indicator, event) pairs, from its store, from an earlier index or from
 * newly written events, then lays them out as a {@link DatasetIndex}.
 */
final class DatasetIndexBuilder {

    private final Dataset dataset;
    private final Ipv4Table ipv4 = new Ipv4Table(1024);
    private final Map<Indicator, Integer> others = new HashMap<>();
    private final List<Cidr> blocks = new ArrayList<>();
    private final List<Integer> blockGroups = new ArrayList<>();
    private final Map<UUID, Integer> events = new HashMap<>();
    private long[] eventHigh = new long[1024];
    private long[] eventLow = new long[1024];
    private int[] group = new int[1024];
    private int[] event = new int[1024];
    private long[] seen = new long[1024];
    private byte[] confidence = new byte[1024];
    private int size;
    private int groups;

    DatasetIndexBuilder(Dataset dataset) {
        this.dataset = dataset;
    }

    /** Adds one pair as the store holds it; an indicator of an unknown type is skipped. */
    void add(IndicatorPosting posting) {
        Optional<IndicatorType> type = typeOf(posting.type());
        if (type.isPresent()) {
            add(type.get(), posting.value(), UUID.fromString(posting.eventId()),
                    posting.confidence(), posting.seenMillis());
        }
    }

    /** Adds one pair: an indicator in canonical form and the event that carries it. */
    void add(IndicatorType type, String value, UUID eventId, int confidence, long seenMillis) {
        append(groupOf(type, value), eventId, confidence, seenMillis);
    }

    /** Adds one pair whose indicator is an IPv4 address. */
    void addIpv4(int address, UUID eventId, int confidence, long seenMillis) {
        append(ipv4Group(address), eventId, confidence, seenMillis);
    }

    private void append(int groupId, UUID eventId, int confidence, long seenMillis) {
        if (size == group.length) {
            growPostings();
        }
        group[size] = groupId;
        event[size] = eventOf(eventId);
        seen[size] = seenMillis;
        this.confidence[size] = (byte) confidence;
        size++;
    }

    DatasetIndex build() {
        int[] groupStart = new int[groups + 1];
        for (int i = 0; i < size; i++) {
            groupStart[group[i] + 1]++;
        }
        for (int g = 0; g < groups; g++) {
            groupStart[g + 1] += groupStart[g];
        }
        int[] next = Arrays.copyOf(groupStart, groups);
        int[] sortedEvent = new int[size];
        long[] sortedSeen = new long[size];
        byte[] sortedConfidence = new byte[size];
        for (int i = 0; i < size; i++) {
            int at = next[group[i]]++;
            sortedEvent[at] = event[i];
            sortedSeen[at] = seen[i];
            sortedConfidence[at] = confidence[i];
        }
        int[] blockGroup = blockGroups.stream().mapToInt(Integer::intValue).toArray();
        int eventCount = events.size();
        return new DatasetIndex(dataset, ipv4, Map.copyOf(others), List.copyOf(blocks),
                blockGroup,
                new DatasetIndex.Postings(groupStart, sortedEvent, sortedSeen, sortedConfidence),
                Arrays.copyOf(eventHigh, eventCount), Arrays.copyOf(eventLow, eventCount));
    }

    private int groupOf(IndicatorType type, String value) {
        if (type == IndicatorType.IPV4) {
            long address = Ipv4Text.parse(value);
            if (address >= 0) {
                return ipv4Group((int) address);
            }
        }
        Indicator indicator = new Indicator(type, value);
        Integer found = others.get(indicator);
        if (found != null) {
            return found;
        }
        int created = groups++;
        others.put(indicator, created);
        if (type == IndicatorType.CIDR) {
            Cidr.tryParse(value).ifPresent(block -> {
                blocks.add(block);
                blockGroups.add(created);
            });
        }
        return created;
    }

    private int ipv4Group(int address) {
        int found = ipv4.putIfAbsent(address, groups);
        if (found == groups) {
            groups++;
        }
        return found;
    }

    private int eventOf(UUID uuid) {
        Integer found = events.get(uuid);
        if (found != null) {
            return found;
        }
        int created = events.size();
        if (created == eventHigh.length) {
            eventHigh = Arrays.copyOf(eventHigh, created * 2);
            eventLow = Arrays.copyOf(eventLow, created * 2);
        }
        eventHigh[created] = uuid.getMostSignificantBits();
        eventLow[created] = uuid.getLeastSignificantBits();
        events.put(uuid, created);
        return created;
    }

    private void growPostings() {
        int capacity = group.length * 2;
        group = Arrays.copyOf(group, capacity);
        event = Arrays.copyOf(event, capacity);
        seen = Arrays.copyOf(seen, capacity);
        confidence = Arrays.copyOf(confidence, capacity);
    }

    private static Optional<IndicatorType> typeOf(String label) {
        for (IndicatorType type : IndicatorType.values()) {
            if (type.label().equals(label)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
