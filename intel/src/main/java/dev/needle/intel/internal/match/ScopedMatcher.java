package dev.needle.intel.internal.match;

import dev.needle.core.indicator.Indicator;
import dev.needle.intel.service.IndicatorMatcher;
import dev.needle.intel.service.MatchReport;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * A matcher over a fixed set of datasets. It keeps the array of their indexes and rebuilds it
 * only when the index map was swapped. Scores and reports probe each dataset; whether an
 * address is known is one probe of the datasets' merged addresses, which are merged again,
 * on the next such question, after every swap.
 */
final class ScopedMatcher implements IndicatorMatcher {

    private final MatchIndex index;
    private final Set<String> datasetIds;
    private volatile Resolved resolved = new Resolved(Map.of(), new DatasetIndex[0]);

    ScopedMatcher(MatchIndex index, Set<String> datasetIds) {
        this.index = index;
        this.datasetIds = datasetIds;
    }

    @Override
    public boolean knowsIpv4(int address) {
        return current().union().knows(address);
    }

    @Override
    public OptionalDouble ipv4Score(int address) {
        long now = index.nowMillis();
        double best = -1;
        for (DatasetIndex dataset : indexes()) {
            best = Math.max(best, dataset.bestIpv4Score(address, now));
        }
        return best < 0 ? OptionalDouble.empty() : OptionalDouble.of(best);
    }

    @Override
    public MatchReport match(Collection<Indicator> indicators) {
        return MatchIndex.match(indexes(), indicators, index.nowMillis());
    }

    private DatasetIndex[] indexes() {
        return current().indexes();
    }

    private Resolved current() {
        Map<String, DatasetIndex> snapshot = index.snapshot();
        Resolved current = resolved;
        if (current.snapshot() != snapshot) {
            current = new Resolved(snapshot, datasetIds.stream().sorted()
                    .map(snapshot::get).filter(Objects::nonNull).toArray(DatasetIndex[]::new));
            resolved = current;
        }
        return current;
    }

    /**
     * The indexes of one snapshot, and the union of their IPv4 addresses, merged on first use
     * so that matchers never asked about single addresses do not pay for it.
     */
    private static final class Resolved {

        private final Map<String, DatasetIndex> snapshot;
        private final DatasetIndex[] indexes;
        private volatile Ipv4Union union;

        Resolved(Map<String, DatasetIndex> snapshot, DatasetIndex[] indexes) {
            this.snapshot = snapshot;
            this.indexes = indexes;
        }

        Map<String, DatasetIndex> snapshot() {
            return snapshot;
        }

        DatasetIndex[] indexes() {
            return indexes;
        }

        Ipv4Union union() {
            Ipv4Union merged = union;
            if (merged == null) {
                merged = Ipv4Union.of(indexes);
                union = merged;
            }
            return merged;
        }
    }
}
