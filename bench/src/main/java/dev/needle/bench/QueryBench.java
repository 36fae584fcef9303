package dev.needle.bench;

import dev.needle.traffic.TrafficService;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Command-line entry that times the standard traffic queries over an ingested data directory,
 * in process, and prints a Markdown table of median and 95th-percentile milliseconds.
 *
 * <p>The DuckDB service is found by name at run time, so this module builds against the traffic
 * API alone. Usage: {@code QueryBench DATA_DIR [WARMUP_RUNS [TIMED_RUNS]]}, default 3 and 20.
 */
public final class QueryBench {

    private static final String SERVICE_CLASS = "dev.needle.traffic.DuckDbTrafficService";

    private QueryBench() {
    }

    /** Opens the data directory, times every query and prints the table. */
    public static void main(String[] args) throws ReflectiveOperationException {
        if (args.length < 1 || args.length > 3) {
            exit("usage: QueryBench DATA_DIR [WARMUP_RUNS [TIMED_RUNS]]");
        }
        Path dataDir = Path.of(args[0]);
        if (!Files.isDirectory(dataDir)) {
            exit("QueryBench: DATA_DIR " + dataDir + " is not a directory");
        }
        try {
            int warmups = args.length > 1 ? runCount("WARMUP_RUNS", args[1], 0) : 3;
            int runs = args.length > 2 ? runCount("TIMED_RUNS", args[2], 1) : 20;
            print(timeAll(open(dataDir), warmups, runs));
        } catch (BenchSetupException e) {
            exit("QueryBench: " + e.getMessage());
        }
    }

    private static List<String> timeAll(TrafficService opened, int warmups, int runs) {
        List<String> rows = new ArrayList<>();
        try (TrafficService service = opened) {
            for (BenchQuery query : BenchQuery.standard()) {
                rows.add(row(query, time(query, service, warmups, runs)));
            }
        }
        return rows;
    }

    private static void print(List<String> rows) {
        System.out.println("| query | rows | runs | median ms | p95 ms |");
        System.out.println("|---|---:|---:|---:|---:|");
        rows.forEach(System.out::println);
    }

    private static void exit(String message) {
        System.err.println(message);
        System.exit(2);
    }

    /** Opens {@code DuckDbTrafficService.open(Path)} by name; its own exceptions pass through. */
    static TrafficService open(Path dataDir) throws ReflectiveOperationException {
        Class<?> type;
        try {
            type = Class.forName(SERVICE_CLASS);
        } catch (ClassNotFoundException e) {
            throw new BenchSetupException(SERVICE_CLASS + " is not on the classpath;"
                    + " build a traffic module that has the DuckDB service", e);
        }
        try {
            return (TrafficService) type.getMethod("open", Path.class).invoke(null, dataDir);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    private static Timed time(BenchQuery query, TrafficService service, int warmups, int runs) {
        int rowsReturned = 0;
        for (int i = 0; i < warmups; i++) {
            rowsReturned = query.run().applyAsInt(service);
        }
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            rowsReturned = query.run().applyAsInt(service);
            nanos[i] = System.nanoTime() - start;
        }
        return new Timed(rowsReturned, Latencies.of(nanos));
    }

    private static String row(BenchQuery query, Timed timed) {
        return String.format(Locale.ROOT, "| %s | %d | %d | %.1f | %.1f |", query.name(),
                timed.rows(), timed.latencies().runs(), timed.latencies().medianMillis(),
                timed.latencies().p95Millis());
    }

    private static int runCount(String name, String value, int min) {
        try {
            int count = Integer.parseInt(value);
            if (count >= min) {
                return count;
            }
        } catch (NumberFormatException e) {
            throw new BenchSetupException(name + ": expected a whole number, got '" + value
                    + "'", e);
        }
        throw new BenchSetupException(name + ": expected a whole number >= " + min
                + ", got '" + value + "'");
    }

    private record Timed(int rows, Latencies latencies) {
    }

    /** The benchmark cannot start: a bad argument or a missing service class. */
    private static final class BenchSetupException extends RuntimeException {

        BenchSetupException(String message, Throwable cause) {
            super(message, cause);
        }

        BenchSetupException(String message) {
            super(message);
        }
    }
}
