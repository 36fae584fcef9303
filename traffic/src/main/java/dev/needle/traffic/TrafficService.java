package dev.needle.traffic;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The traffic part's public face: ingest access logs and ask questions of them.
 *
 * <p>Filter expressions in a {@link TrafficQuery} are parsed by the service; a malformed one is
 * an {@link IllegalArgumentException} whose message names the position and the problem.
 */
public interface TrafficService extends AutoCloseable {

    /**
     * Reads access logs into the store. A path of {@code -} reads standard input. A file read
     * before is continued where the last ingest stopped; lines already stored are not stored
     * again.
     *
     * @param format the format to read, or empty to detect it from each source's first lines
     */
    IngestReport ingest(List<Path> sources, Optional<LogFormat> format);

    /** The {@code limit} most frequent values of a field, most first, ties by value. */
    List<TopEntry> top(TrafficField field, TrafficQuery query, int limit);

    /**
     * Request counts per bucket. Split by a field, it returns one series for each of the
     * {@code splitLimit} most frequent values of that field.
     */
    List<Series> series(Bucket bucket, Optional<TrafficField> splitBy, TrafficQuery query,
            int splitLimit);

    /** What in the selected traffic should start an investigation, most severe first. */
    List<Finding> findings(TrafficQuery query);

    /** Totals over the selected rows. */
    TrafficSummary summary(TrafficQuery query);

    /** How many rows a query selects; cheaper than {@link #summary}. */
    long count(TrafficQuery query);

    /** The time of the newest stored row, or empty when nothing is stored. */
    Optional<Instant> newest();

    @Override
    void close();
}
