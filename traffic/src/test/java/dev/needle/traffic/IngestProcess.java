package dev.needle.traffic;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Runs one ingest in a process of its own, so that a test can kill it part-way. */
final class IngestProcess {

    private IngestProcess() {
    }

    /** Arguments: data dir, log file, lines per chunk. */
    public static void main(String[] args) {
        IngestLimits limits = new IngestLimits(Integer.parseInt(args[2]), 64 * 1024);
        try (DuckDbTrafficService traffic = DuckDbTrafficService.open(Path.of(args[0]), limits)) {
            System.out.println("opened");
            System.out.flush();
            traffic.ingest(List.of(Path.of(args[1])), Optional.empty());
        }
    }
}
