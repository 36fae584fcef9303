package dev.needle.intel.service;

import dev.needle.intel.ImportWarning;
import java.util.List;
import java.util.Objects;

/**
 * What an import stored.
 *
 * @param dataset the dataset written
 * @param added events that were new
 * @param replaced events that replaced a stored event with the same id
 * @param warnings the feed's own warnings, then any the import added
 */
public record ImportResult(String dataset, int added, int replaced,
        List<ImportWarning> warnings) {

    public ImportResult {
        Objects.requireNonNull(dataset, "dataset");
        warnings = List.copyOf(warnings);
    }
}
