package dev.needle.app.cli;

import dev.needle.traffic.DuckDbTrafficService;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --data DIR} option every command shares. */
final class DataOption {

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "needle-data",
            description = "Data dir holding the stores (default: ${DEFAULT-VALUE}).")
    Path dir;

    /** Opens the traffic store for reading; says plainly when nothing was ingested yet. */
    DuckDbTrafficService openExistingTraffic() {
        if (!Files.exists(dir.resolve("traffic.duckdb"))) {
            throw new CliException("no traffic stored in " + dir.toAbsolutePath()
                    + "; run `needle ingest FILE --data " + dir + "` first");
        }
        return DuckDbTrafficService.open(dir);
    }
}
