package dev.needle.bench.intel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * What the intel benchmark runs on.
 *
 * @param dataDir an empty or missing directory for the embedded store
 * @param events how many events to import
 * @param datasets how many datasets to spread them over
 * @param seed the generator's seed
 */
record BenchSettings(Path dataDir, int events, int datasets, long seed) {

    static final String USAGE = "usage: IntelBench DATA_DIR [EVENTS [DATASETS [SEED]]]"
            + " (defaults 1000000, 10, 42)";

    BenchSettings {
        if (events < 1) {
            throw new IllegalArgumentException("EVENTS must be at least 1, got " + events);
        }
        if (datasets < 1 || datasets > 1000) {
            throw new IllegalArgumentException("DATASETS must be 1 to 1000, got " + datasets);
        }
    }

    /** Reads the command line; the data directory must be empty or missing. */
    static BenchSettings parse(String[] args) {
        if (args.length < 1 || args.length > 4) {
            throw new IllegalArgumentException(USAGE);
        }
        Path dataDir = Path.of(args[0]);
        requireEmpty(dataDir);
        int events = args.length > 1 ? (int) number("EVENTS", args[1]) : 1_000_000;
        int datasets = args.length > 2 ? (int) number("DATASETS", args[2]) : 10;
        long seed = args.length > 3 ? number("SEED", args[3]) : 42;
        return new BenchSettings(dataDir, events, datasets, seed);
    }

    private static long number(String name, String value) {
        try {
            long parsed = Long.parseLong(value.replace("_", ""));
            if (!name.equals("SEED") && (parsed < 0 || parsed > Integer.MAX_VALUE)) {
                throw new IllegalArgumentException(name + ": " + value + " is out of range");
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + ": expected a whole number, got '" + value
                    + "'", e);
        }
    }

    private static void requireEmpty(Path dataDir) {
        if (!Files.exists(dataDir)) {
            return;
        }
        if (!Files.isDirectory(dataDir)) {
            throw new IllegalArgumentException("DATA_DIR " + dataDir + " is not a directory");
        }
        try (Stream<Path> entries = Files.list(dataDir)) {
            if (entries.findAny().isPresent()) {
                throw new IllegalArgumentException("DATA_DIR " + dataDir + " is not empty; the"
                        + " benchmark needs a fresh store");
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("DATA_DIR " + dataDir + " cannot be listed: "
                    + e.getMessage(), e);
        }
    }
}
