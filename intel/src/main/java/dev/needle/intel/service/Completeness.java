package dev.needle.intel.service;

import java.util.ArrayList;
import java.util.List;

/**
 * Whether a query over several dataset stores heard back from all of them. It only ever names
 * datasets the caller may read.
 *
 * @param complete whether every store answered
 * @param failedDatasets names of datasets whose store failed; their events are missing
 * @param warnings what else the caller should know, such as a result cut at a limit
 */
public record Completeness(boolean complete, List<String> failedDatasets, List<String> warnings) {

    public Completeness {
        failedDatasets = List.copyOf(failedDatasets);
        warnings = List.copyOf(warnings);
        if (complete && !failedDatasets.isEmpty()) {
            throw new IllegalArgumentException("complete, yet datasets failed: "
                    + failedDatasets);
        }
    }

    /** Every store answered, nothing to note. */
    public static Completeness full() {
        return new Completeness(true, List.of(), List.of());
    }

    /** This completeness with one more warning. */
    public Completeness withWarning(String warning) {
        List<String> more = new ArrayList<>(warnings);
        more.add(warning);
        return new Completeness(complete, failedDatasets, more);
    }
}
