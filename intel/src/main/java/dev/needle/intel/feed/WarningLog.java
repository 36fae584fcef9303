package dev.needle.intel.feed;

import dev.needle.intel.ImportWarning;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Collects the warnings of one import. A hostile or broken feed can produce one warning per
 * record, so after {@value #LIMIT} warnings the rest are counted and summarised in one line.
 * A warning repeated with the same place and message is kept once.
 */
final class WarningLog {

    static final int LIMIT = 10_000;

    private final String source;
    private final List<ImportWarning> warnings = new ArrayList<>();
    private final Set<ImportWarning> seen = new HashSet<>();
    private long dropped;

    /** A log whose summary line names {@code source}, usually the file. */
    WarningLog(String source) {
        this.source = source;
    }

    void add(String place, String message) {
        ImportWarning warning = new ImportWarning(place, message);
        if (warnings.size() < LIMIT) {
            if (seen.add(warning)) {
                warnings.add(warning);
            }
        } else if (!seen.contains(warning)) {
            dropped++;
        }
    }

    /** The warnings, with a last one counting those left out. */
    List<ImportWarning> warnings() {
        if (dropped == 0) {
            return List.copyOf(warnings);
        }
        List<ImportWarning> all = new ArrayList<>(warnings);
        all.add(new ImportWarning(source, dropped + " more warnings are not listed"));
        return List.copyOf(all);
    }
}
