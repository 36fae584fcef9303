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
 * only when the index map was swapped, so a lookup costs one volatile read and a probe per
 * dataset.
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
        for (DatasetIndex dataset : indexes()) {
            if (dataset.knowsIpv4(address)) {
                return true;
            }
        }
        return false;
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
        Map<String, DatasetIndex> snapshot = index.snapshot();
        Resolved current = resolved;
        if (current.snapshot() != snapshot) {
            current = new Resolved(snapshot, datasetIds.stream().sorted()
                    .map(snapshot::get).filter(Objects::nonNull).toArray(DatasetIndex[]::new));
            resolved = current;
        }
        return current.indexes();
    }

    private record Resolved(Map<String, DatasetIndex> snapshot, DatasetIndex[] indexes) {
    }
}
