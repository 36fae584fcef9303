package dev.needle.intel.export;

import java.util.List;
import java.util.Objects;

/**
 * What one export wrote.
 *
 * @param format the format written
 * @param events how many events were read
 * @param entries how many entries were written: STIX objects, CSV rows, list lines or rules
 * @param skipped how many indicators were left out, as bad values or as types the format cannot
 *     express
 * @param skipSamples the first skipped indicators, with the reason, at most
 *     {@link #MAX_SAMPLES}
 */
public record ExportSummary(ExportFormat format, long events, long entries, long skipped,
        List<SkippedIndicator> skipSamples) {

    /** How many skipped indicators a summary lists by name. */
    public static final int MAX_SAMPLES = 10;

    public ExportSummary {
        Objects.requireNonNull(format, "format");
        skipSamples = List.copyOf(skipSamples);
    }
}
