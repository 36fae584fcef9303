package dev.needle.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@link LogGenerator} writes.
 *
 * @param seedLog the real combined-format log whose lines are replayed
 * @param out the file to write
 * @param lines how many lines to write
 * @param span the time the output covers, from the seed's earliest timestamp
 * @param seed the random seed; the same options give the same bytes
 * @param population how many random public addresses join the seed's own
 * @param pathIds how many distinct ids a varied path can get
 */
record GeneratorOptions(Path seedLog, Path out, long lines, Duration span, long seed,
        int population, int pathIds) {

    static final Path DEFAULT_SEED_LOG =
            Path.of("app/src/main/resources/demo/elastic_examples_apache_logs.log");

    static final String USAGE = """
            usage: LogGenerator --out FILE [--lines N] [--seed-log FILE] [--span-days D] \
            [--seed S] [--population P] [--path-ids I]
              --out FILE        where to write the log (replaced if present)
              --lines N         lines to write (default 1000000)
              --seed-log FILE   real combined log to replay (default %s)
              --span-days D     days the output covers (default 30)
              --seed S          random seed (default 1)
              --population P    random public client addresses (default 200000)
              --path-ids I      distinct ids added to varied paths (default 1000)
            """.formatted(DEFAULT_SEED_LOG);

    private static final List<String> NAMES = List.of("--out", "--lines", "--seed-log",
            "--span-days", "--seed", "--population", "--path-ids");

    GeneratorOptions {
        if (lines <= 0) {
            throw new IllegalArgumentException("--lines must be positive, got " + lines);
        }
        if (span.isNegative() || span.isZero()) {
            throw new IllegalArgumentException("--span-days must be positive, got " + span);
        }
        if (Math.multiplyHigh(lines, span.toSeconds()) != 0) {
            throw new IllegalArgumentException("--lines " + lines + " times --span-days "
                    + span.toDays() + " in seconds is too large to spread timestamps over");
        }
        if (population <= 0 || pathIds <= 0) {
            throw new IllegalArgumentException("--population and --path-ids must be positive,"
                    + " got " + population + " and " + pathIds);
        }
    }

    /** Parses {@code --name value} or {@code --name=value}; the message names the bad one. */
    static GeneratorOptions parse(String... args) {
        Map<String, String> values = pairs(args);
        if (!values.containsKey("--out")) {
            throw new IllegalArgumentException("--out is required");
        }
        return new GeneratorOptions(
                Path.of(values.getOrDefault("--seed-log", DEFAULT_SEED_LOG.toString())),
                Path.of(values.get("--out")),
                number(values, "--lines", 1_000_000, 1, Long.MAX_VALUE),
                Duration.ofDays(number(values, "--span-days", 30, 1, 36_500)),
                number(values, "--seed", 1, Long.MIN_VALUE, Long.MAX_VALUE),
                (int) number(values, "--population", 200_000, 1, 50_000_000),
                (int) number(values, "--path-ids", 1_000, 1, Integer.MAX_VALUE));
    }

    private static Map<String, String> pairs(String... args) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            String value;
            int equals = name.indexOf('=');
            if (equals > 0) {
                value = name.substring(equals + 1);
                name = name.substring(0, equals);
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                throw new IllegalArgumentException(name + ": missing value");
            }
            if (!NAMES.contains(name)) {
                throw new IllegalArgumentException("unknown option '" + name
                        + "'; expected one of " + NAMES);
            }
            values.put(name, value);
        }
        return values;
    }

    private static long number(Map<String, String> values, String name, long fallback,
            long min, long max) {
        if (!values.containsKey(name)) {
            return fallback;
        }
        String value = values.get(name);
        long parsed;
        try {
            parsed = Long.parseLong(value.replace("_", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + ": expected a whole number, got '" + value
                    + "'", e);
        }
        if (parsed < min || parsed > max) {
            throw new IllegalArgumentException(name + ": expected " + min + " to " + max
                    + ", got " + parsed);
        }
        return parsed;
    }
}
