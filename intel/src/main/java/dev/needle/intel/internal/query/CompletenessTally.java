package dev.needle.intel.internal.query;

import dev.needle.intel.service.Completeness;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** Combines the completeness of the several queries behind one answer. */
public final class CompletenessTally {

    private final TreeSet<String> failed = new TreeSet<>();
    private final List<String> warnings = new ArrayList<>();

    /** Counts one query's completeness. */
    public void add(Completeness completeness) {
        failed.addAll(completeness.failedDatasets());
        completeness.warnings().forEach(this::warn);
    }

    /** Notes something the caller should know, once. */
    public void warn(String warning) {
        if (!warnings.contains(warning)) {
            warnings.add(warning);
        }
    }

    /** The combined completeness. */
    public Completeness result() {
        return new Completeness(failed.isEmpty(), List.copyOf(failed), warnings);
    }
}
