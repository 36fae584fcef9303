package dev.needle.intel.export;

import dev.needle.core.indicator.Indicator;
import dev.needle.intel.ThreatEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Counts what one export run reads, writes and skips, and logs the outcome. */
final class ExportTally {

    private static final Logger LOG = LoggerFactory.getLogger(ExportTally.class);

    private final ExportFormat format;
    private final List<SkippedIndicator> samples = new ArrayList<>();
    private long events;
    private long entries;
    private long skipped;
    private long invalid;

    ExportTally(ExportFormat format) {
        this.format = format;
    }

    void event() {
        events++;
    }

    void entry() {
        entries++;
    }

    void entries(long count) {
        entries += count;
    }

    /** The canonical value of a valid indicator; a bad one is counted and left out. */
    Optional<String> checked(ThreatEvent event, Indicator indicator) {
        Optional<String> problem = IndicatorCheck.problem(indicator);
        if (problem.isPresent()) {
            invalid(event, indicator, problem.get());
            return Optional.empty();
        }
        return Optional.of(IndicatorCheck.canonical(indicator));
    }

    /** An indicator whose value does not fit its type: bad input, so the first few are logged. */
    void invalid(ThreatEvent event, Indicator indicator, String reason) {
        invalid++;
        SkippedIndicator skip = record(event, indicator, reason);
        if (invalid <= ExportSummary.MAX_SAMPLES) {
            LOG.warn("{} export skips a bad indicator: {}", format.label(), skip);
        }
    }

    /** An indicator of a type this format cannot express; expected, so not logged one by one. */
    void unsupported(ThreatEvent event, Indicator indicator, String reason) {
        record(event, indicator, reason);
    }

    long skipped() {
        return skipped;
    }

    ExportSummary summary() {
        LOG.info("exported {} events as {}: {} entries, {} indicators skipped ({} bad values)",
                events, format.label(), entries, skipped, invalid);
        return new ExportSummary(format, events, entries, skipped, samples);
    }

    private SkippedIndicator record(ThreatEvent event, Indicator indicator, String reason) {
        skipped++;
        SkippedIndicator skip = new SkippedIndicator(event.id(), indicator, reason);
        if (samples.size() < ExportSummary.MAX_SAMPLES) {
            samples.add(skip);
        }
        return skip;
    }
}
