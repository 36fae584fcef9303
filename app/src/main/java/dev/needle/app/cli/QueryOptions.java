package dev.needle.app.cli;

import dev.needle.core.time.TimeBoundParser;
import dev.needle.traffic.TrafficQuery;
import java.time.Clock;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The options that select rows: {@code --where}, {@code --since}, {@code --until}. */
final class QueryOptions {

    @Option(names = {"-w", "--where"}, paramLabel = "EXPR",
            description = "Filter, e.g. 'path = /login and status >= 400', 'ip in 10.0.0.0/8',"
                    + " 'path ~ ^/wp-', 'ua ~ \"curl|python\"'.")
    String where = "";

    @Option(names = "--since", paramLabel = "TIME",
            description = "From this time: ISO-8601 (2015-05-17T10:00:00Z), a date, or a"
                    + " relative age such as 15m, 24h, 7d.")
    String since;

    @Option(names = "--until", paramLabel = "TIME",
            description = "Before this time; same forms as --since.")
    String until;

    TrafficQuery query(Clock clock) {
        TimeBoundParser times = new TimeBoundParser(clock);
        return new TrafficQuery(where, Optional.ofNullable(since).map(times::parse),
                Optional.ofNullable(until).map(times::parse));
    }
}
