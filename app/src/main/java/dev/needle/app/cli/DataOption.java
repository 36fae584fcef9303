package dev.needle.app.cli;

import dev.needle.app.NeedleParts;
import dev.needle.app.analyst.AnalystRef;
import dev.needle.app.analyst.PlannerChoice;
import dev.needle.app.intel.LocalIntel;
import dev.needle.intel.service.IntelService;
import dev.needle.traffic.DuckDbTrafficService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The {@code --data DIR} option every command shares. */
final class DataOption {

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "needle-data",
            description = "Data dir holding the stores (default: ${DEFAULT-VALUE}).")
    Path dir;

    @Option(names = "--db", paramLabel = "URL",
            description = "Keep intel on PostgreSQL (postgresql://user:pass@host:port/db)"
                    + " instead of SQLite files in the data dir.")
    String db;

    /** Opens every part's store: traffic in the data dir, intel there or on --db. */
    NeedleParts openParts() {
        return openParts(PlannerChoice.embedded());
    }

    /** Opens every part's store, the analyst planning with {@code planner}. */
    NeedleParts openParts(PlannerChoice planner) {
        DuckDbTrafficService traffic = DuckDbTrafficService.open(dir);
        try {
            IntelService intel = LocalIntel.open(dir, Optional.ofNullable(db));
            return new NeedleParts(traffic, intel, AnalystRef.of(dir, Optional.ofNullable(db),
                    traffic, intel, planner));
        } catch (RuntimeException e) {
            traffic.close();
            throw e;
        }
    }

    /** Fails plainly when the data dir does not exist, rather than answer from an empty one. */
    void requireExisting() {
        if (!Files.isDirectory(dir)) {
            throw new CliException("no Needle data in " + dir.toAbsolutePath() + "; ingest logs"
                    + " or import feeds first, or point --data at your data dir");
        }
    }

    /** Opens the intel store: SQLite files in the data dir, or PostgreSQL with --db. */
    IntelService openIntel() {
        return LocalIntel.open(dir, Optional.ofNullable(db));
    }

    /** Opens the traffic store for reading; says plainly when nothing was ingested yet. */
    DuckDbTrafficService openExistingTraffic() {
        if (!Files.exists(dir.resolve("traffic.duckdb"))) {
            throw new CliException("no traffic stored in " + dir.toAbsolutePath()
                    + "; run `needle ingest FILE --data " + dir + "` first");
        }
        return DuckDbTrafficService.open(dir);
    }
}
