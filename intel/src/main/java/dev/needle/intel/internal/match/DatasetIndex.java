package dev.needle.intel.internal.match;

import dev.needle.core.indicator.Indicator;
import dev.needle.core.indicator.IndicatorType;
import dev.needle.core.net.Cidr;
import dev.needle.core.net.IpAddress;
import dev.needle.intel.service.Dataset;
import dev.needle.intel.service.DecayRule;
import dev.needle.intel.service.MatchedEvent;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.IntConsumer;

/**
 * The indicators of one dataset in memory, immutable once built.
 *
 * <p>Each distinct stored indicator is a group; a group's postings (event, confidence, last
 * sighting) sit contiguously in parallel primitive arrays. IPv4 addresses find their group in
 * an {@link Ipv4Table}, other indicators (CIDR blocks included) in a hash map, and addresses
 * inside stored blocks through a {@link RangeTable} of the blocks.
 */
final class DatasetIndex {

    private static final long MAPPED_IPV4 = 0xffffL << 32;

    private final Dataset dataset;
    private final Ipv4Table ipv4;
    private final Map<Indicator, Integer> others;
    private final RangeTable ranges;
    private final List<Cidr> blocks;
    private final int[] blockGroup;
    private final int[] groupStart;
    private final int[] postingEvent;
    private final long[] postingSeen;
    private final byte[] postingConfidence;
    private final long[] eventHigh;
    private final long[] eventLow;

    DatasetIndex(Dataset dataset, Ipv4Table ipv4, Map<Indicator, Integer> others,
            List<Cidr> blocks, int[] blockGroup, Postings postings, long[] eventHigh,
            long[] eventLow) {
        this.dataset = dataset;
        this.ipv4 = ipv4;
        this.others = others;
        this.blocks = blocks;
        this.ranges = RangeTable.of(blocks);
        this.blockGroup = blockGroup;
        this.groupStart = postings.groupStart();
        this.postingEvent = postings.event();
        this.postingSeen = postings.seen();
        this.postingConfidence = postings.confidence();
        this.eventHigh = eventHigh;
        this.eventLow = eventLow;
    }

    Dataset dataset() {
        return dataset;
    }

    /** How many (indicator, event) pairs it holds. */
    int postings() {
        return postingEvent.length;
    }

    /** Adds every pair it holds to {@code builder}, so that a new index can extend this one. */
    void replayInto(DatasetIndexBuilder builder) {
        ipv4.forEachEntry((address, group) -> {
            for (int p = groupStart[group]; p < groupStart[group + 1]; p++) {
                builder.addIpv4(address, eventId(p), postingConfidence[p], postingSeen[p]);
            }
        });
        others.forEach((indicator, group) -> {
            for (int p = groupStart[group]; p < groupStart[group + 1]; p++) {
                builder.add(indicator.type(), indicator.value(), eventId(p),
                        postingConfidence[p], postingSeen[p]);
            }
        });
    }

    private UUID eventId(int posting) {
        int event = postingEvent[posting];
        return new UUID(eventHigh[event], eventLow[event]);
    }

    /** How many distinct IPv4 addresses it stores. */
    int ipv4Count() {
        return ipv4.size();
    }

    /** Hands every stored IPv4 address to {@code sink}. */
    void forEachIpv4(IntConsumer sink) {
        ipv4.forEachAddress(sink);
    }

    /** The stored CIDR blocks, IPv4 and IPv6. */
    List<Cidr> blocks() {
        return blocks;
    }

    /** The best decayed score of an IPv4 address here, or -1 when unknown. */
    double bestIpv4Score(int address, long nowMillis) {
        double best = -1;
        int group = ipv4.get(address);
        if (group >= 0) {
            best = bestScore(group, dataset.decay().ruleFor(IndicatorType.IPV4), nowMillis);
        }
        DecayRule blockRule = dataset.decay().ruleFor(IndicatorType.CIDR);
        for (int block : ranges.covering(0, MAPPED_IPV4 | Integer.toUnsignedLong(address))) {
            best = Math.max(best, bestScore(blockGroup[block], blockRule, nowMillis));
        }
        return best;
    }

    /** Adds the events here that know {@code indicator}, exactly or through a block. */
    void collect(Indicator indicator, long nowMillis, List<MatchedEvent> out) {
        IndicatorType type = indicator.type();
        if (type == IndicatorType.IPV4) {
            long address = Ipv4Text.parse(indicator.value());
            if (address >= 0) {
                addGroup(ipv4.get((int) address), indicator, nowMillis, out);
                addBlocks(new IpAddress(0, MAPPED_IPV4 | address), nowMillis, out);
            }
            return;
        }
        addGroup(others.getOrDefault(indicator, -1), indicator, nowMillis, out);
        if (type == IndicatorType.IPV6) {
            Optional<IpAddress> address = IpAddress.tryParse(indicator.value());
            address.ifPresent(a -> addBlocks(a, nowMillis, out));
        }
    }

    private void addBlocks(IpAddress address, long nowMillis, List<MatchedEvent> out) {
        for (int block : ranges.covering(address.high(), address.low())) {
            Indicator via = new Indicator(IndicatorType.CIDR, blocks.get(block).toString());
            addGroup(blockGroup[block], via, nowMillis, out);
        }
    }

    private void addGroup(int group, Indicator via, long nowMillis, List<MatchedEvent> out) {
        if (group < 0) {
            return;
        }
        DecayRule rule = dataset.decay().ruleFor(via.type());
        for (int p = groupStart[group]; p < groupStart[group + 1]; p++) {
            int confidence = postingConfidence[p];
            long seen = postingSeen[p];
            double score = rule.score(confidence, nowMillis - seen);
            int event = postingEvent[p];
            out.add(new MatchedEvent(dataset.name(), new UUID(eventHigh[event], eventLow[event]),
                    via, confidence, Instant.ofEpochMilli(seen), score, rule.expired(score)));
        }
    }

    private double bestScore(int group, DecayRule rule, long nowMillis) {
        double best = -1;
        for (int p = groupStart[group]; p < groupStart[group + 1]; p++) {
            best = Math.max(best, rule.score(postingConfidence[p], nowMillis - postingSeen[p]));
        }
        return best;
    }

    /**
     * Postings sorted by group: group {@code g} owns positions {@code groupStart[g]} up to
     * {@code groupStart[g + 1]}.
     */
    record Postings(int[] groupStart, int[] event, long[] seen, byte[] confidence) {
    }
}
