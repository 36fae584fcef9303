package dev.needle.bench;

import dev.needle.traffic.Bucket;
import dev.needle.traffic.TrafficField;
import dev.needle.traffic.TrafficQuery;
import dev.needle.traffic.TrafficService;
import java.util.List;
import java.util.Optional;
import java.util.function.ToIntFunction;

/**
 * One query the benchmark times, with a name for the results table.
 *
 * @param name what the query asks, as shown in the table
 * @param run asks the service and returns how many rows (top entries or series) came back
 */
record BenchQuery(String name, ToIntFunction<TrafficService> run) {

    /** The queries the traffic targets are stated for. */
    static List<BenchQuery> standard() {
        return List.of(
                top(TrafficField.IP),
                top(TrafficField.PATH),
                top(TrafficField.STATUS),
                top(TrafficField.UA),
                new BenchQuery("top 10 ip where status >= 400", service -> service.top(
                        TrafficField.IP, TrafficQuery.where("status >= 400"), 10).size()),
                new BenchQuery("series 1h", service -> service.series(Bucket.HOUR,
                        Optional.empty(), TrafficQuery.all(), 10).size()),
                new BenchQuery("series 1h by status", service -> service.series(Bucket.HOUR,
                        Optional.of(TrafficField.STATUS), TrafficQuery.all(), 10).size()));
    }

    private static BenchQuery top(TrafficField field) {
        return new BenchQuery("top 10 " + field.label(),
                service -> service.top(field, TrafficQuery.all(), 10).size());
    }
}
