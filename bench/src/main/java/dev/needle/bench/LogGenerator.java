package dev.needle.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * Command-line entry that writes a large synthetic combined-format access log for benchmarks.
 * See {@link SyntheticAccessLog} for what the lines look like and {@link GeneratorOptions} for
 * the arguments.
 */
public final class LogGenerator {

    private LogGenerator() {
    }

    /** Writes the log and prints how many lines, bytes and seconds it took. */
    public static void main(String[] args) throws IOException {
        if (Arrays.asList(args).contains("--help")) {
            System.out.print(GeneratorOptions.USAGE);
            return;
        }
        GeneratorOptions options;
        SeedLog seed;
        try {
            options = GeneratorOptions.parse(args);
            seed = SeedLog.read(options.seedLog());
        } catch (NoSuchFileException e) {
            exitWithUsage("seed log " + e.getFile() + " not found; pass --seed-log FILE");
            return;
        } catch (IllegalArgumentException | IOException e) {
            exitWithUsage(e.getMessage());
            return;
        }
        long started = System.nanoTime();
        generate(seed, options);
        report(options, System.nanoTime() - started);
    }

    private static void exitWithUsage(String problem) {
        System.err.println("LogGenerator: " + problem);
        System.err.print(GeneratorOptions.USAGE);
        System.exit(2);
    }

    private static void generate(SeedLog seed, GeneratorOptions options) throws IOException {
        SyntheticAccessLog log = new SyntheticAccessLog(seed, options);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(options.out()),
                1 << 20)) {
            log.write(out);
        }
    }

    private static void report(GeneratorOptions options, long nanos) throws IOException {
        Path out = options.out();
        double seconds = nanos / 1e9;
        System.out.printf(Locale.ROOT, "wrote %,d lines (%,d MB) to %s in %.1f s: %,.0f lines/s%n",
                options.lines(), Files.size(out) / 1_000_000, out, seconds,
                options.lines() / seconds);
    }
}
