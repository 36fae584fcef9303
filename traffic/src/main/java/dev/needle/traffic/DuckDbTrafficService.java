package dev.needle.traffic;

import dev.needle.traffic.internal.findings.TrafficFindings;
import dev.needle.traffic.internal.geo.IpEnricher;
import dev.needle.traffic.internal.store.Ingestor;
import dev.needle.traffic.internal.store.TrafficDb;
import dev.needle.traffic.internal.store.TrafficQueries;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The traffic service on the embedded DuckDB store in a data dir.
 *
 * <p>Calls are serialised: DuckDB's JDBC connection is not shared between threads, and one
 * connection keeps reads consistent with the ingest that runs in the same process.
 */
public final class DuckDbTrafficService implements TrafficService {

    private static final Logger LOG = LoggerFactory.getLogger(DuckDbTrafficService.class);
    private final TrafficDb db;
    private final IngestLimits limits;
    private final TrafficQueries queries;
    private final TrafficFindings findings;
    private IpEnricher enricher;

    private DuckDbTrafficService(TrafficDb db, IngestLimits limits) {
        this.db = db;
        this.limits = limits;
        this.queries = new TrafficQueries(db.connection());
        this.findings = new TrafficFindings(db.connection());
    }

    /** Opens the store in {@code dataDir}, creating it when it does not exist. */
    public static DuckDbTrafficService open(Path dataDir) {
        return open(dataDir, IngestLimits.DEFAULT);
    }

    /** Opens the store in {@code dataDir} with non-default ingest limits. */
    public static DuckDbTrafficService open(Path dataDir, IngestLimits limits) {
        return new DuckDbTrafficService(TrafficDb.open(dataDir), limits);
    }

    @Override
    public synchronized IngestReport ingest(List<Path> sources, Optional<LogFormat> format) {
        if (enricher == null) {
            enricher = IpEnricher.load();
        }
        Ingestor ingestor = new Ingestor(db, enricher, limits.chunkLines(),
                limits.maxLineBytes());
        long start = System.nanoTime();
        List<FileReport> files = new ArrayList<>();
        for (Path source : sources) {
            FileReport report = ingestor.ingest(source, format);
            LOG.info("Ingested {}: {} lines read, {} rows stored, {} rejected", source,
                    report.linesRead(), report.rowsStored(), report.linesRejected());
            files.add(report);
        }
        return new IngestReport(files, Duration.ofNanos(System.nanoTime() - start));
    }

    @Override
    public synchronized List<TopEntry> top(TrafficField field, TrafficQuery query, int limit) {
        return queries.top(field, query, limit);
    }

    @Override
    public synchronized List<Series> series(Bucket bucket, Optional<TrafficField> splitBy,
            TrafficQuery query, int splitLimit) {
        return queries.series(bucket, splitBy, query, splitLimit);
    }

    @Override
    public synchronized List<Finding> findings(TrafficQuery query) {
        return findings.find(query);
    }

    @Override
    public synchronized TrafficSummary summary(TrafficQuery query) {
        return queries.summary(query);
    }

    @Override
    public synchronized long count(TrafficQuery query) {
        return queries.count(query);
    }

    @Override
    public synchronized Optional<Instant> newest() {
        return queries.newest();
    }

    @Override
    public synchronized void close() {
        db.close();
    }
}
