package dev.needle.traffic.internal.findings;

import dev.needle.traffic.Finding;
import dev.needle.traffic.TrafficQuery;
import dev.needle.traffic.internal.store.Selection;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the detectors over the selected traffic: brute force on login-like paths, scanning
 * sources, and request and error spikes by path, IP, ASN and country. Each detector's class
 * summary gives its thresholds and why.
 *
 * <p>The connection is used as given; the caller confines it to one thread at a time.
 */
public final class TrafficFindings {

    /** Findings kept per kind, so that one noisy pattern cannot crowd out the others. */
    public static final int MAX_PER_KIND = 20;

    private final Connection connection;

    public TrafficFindings(Connection connection) {
        this.connection = connection;
    }

    /** The findings in the rows {@code query} selects: most severe first, then largest. */
    public List<Finding> find(TrafficQuery query) {
        Selection selection = Selection.of(query);
        List<Detected> found = new ArrayList<>();
        found.addAll(new BruteForceDetector(connection).detect(selection, MAX_PER_KIND));
        found.addAll(new ScanningDetector(connection).detect(selection, MAX_PER_KIND));
        found.addAll(new SpikeDetector(connection).detect(selection, MAX_PER_KIND));
        return found.stream().sorted(Detected.MOST_URGENT).map(Detected::finding).toList();
    }
}
