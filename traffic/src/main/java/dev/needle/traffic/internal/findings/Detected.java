package dev.needle.traffic.internal.findings;

import dev.needle.traffic.Finding;
import java.util.Comparator;

/**
 * A finding with the number that ranks it among findings of the same severity: attempts for
 * brute force, missed paths for scanning, requests above the baseline for spikes.
 */
record Detected(Finding finding, double magnitude) {

    /** Most severe first, then largest, then by subject so that the order is stable. */
    static final Comparator<Detected> MOST_URGENT = Comparator
            .comparing((Detected d) -> d.finding().severity()).reversed()
            .thenComparing(Comparator.comparingDouble(Detected::magnitude).reversed())
            .thenComparing(d -> d.finding().kind())
            .thenComparing(d -> d.finding().subject())
            .thenComparing(d -> d.finding().windowStart());
}
