package dev.needle.analyst.tool;

import dev.needle.traffic.TrafficQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The traffic rows a call selects: its {@code where} filter and its {@code range}, read against
 * the newest stored row. Also says, for the evidence, which absolute window the range meant.
 */
record TrafficScope(TrafficQuery query, Optional<TimeWindow> window, List<String> details) {

    static TrafficScope of(Args args, ToolContext context) {
        String where = args.text("where").orElse("");
        List<String> details = new ArrayList<>();
        TrafficQuery query = TrafficQuery.where(where);
        Optional<TimeWindow> window = Optional.empty();
        Optional<String> range = args.text("range");
        if (range.isPresent()) {
            Instant anchor = Ranges.anchor(context.clock().instant(), context.traffic().newest());
            TimeWindow resolved = Ranges.resolve(args.tool(), range.get(), anchor);
            query = query.between(resolved.from(), resolved.to());
            window = Optional.of(resolved);
            details.add("range " + range.get() + " = " + resolved);
        }
        return new TrafficScope(query, window, details);
    }

    /** Runs {@code action}, turning a bad filter into an error that names the argument. */
    <T> T run(String tool, Supplier<T> action) {
        try {
            return action.get();
        } catch (IllegalArgumentException e) {
            throw ToolException.badArgument(tool, "where", query.where(), e.getMessage());
        }
    }
}
