package dev.needle.analyst.tool;

import dev.needle.analyst.conversation.Entities;
import dev.needle.traffic.Bucket;
import dev.needle.traffic.Series;
import dev.needle.traffic.TrafficField;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * {@code traffic_series}: requests per bucket, optionally one series per value of a field (the
 * five most frequent). Without a bucket it picks one from the range: minutes up to two hours,
 * hours up to three days, days beyond. Five-minute buckets are summed from minutes.
 */
final class SeriesTool {

    /** The most series a split returns. */
    static final int SPLIT_LIMIT = 5;

    private SeriesTool() {
    }

    static ToolOutcome run(Args args, ToolContext context) {
        TrafficScope scope = TrafficScope.of(args, context);
        String bucketText = args.text("bucket").orElseGet(() -> pick(scope.window()));
        Bucket bucket = switch (bucketText) {
            case "1m", "5m" -> Bucket.MINUTE;
            case "1h" -> Bucket.HOUR;
            case "1d" -> Bucket.DAY;
            default -> throw ToolException.badArgument(args.tool(), "bucket", bucketText,
                    "must be 1m, 5m, 1h or 1d");
        };
        Optional<TrafficField> split = args.text("split").map(name -> args.field("split"));
        List<Series> series = scope.run(args.tool(), () -> context.traffic()
                .series(bucket, split, scope.query(), SPLIT_LIMIT));
        if (bucketText.equals("5m")) {
            series = series.stream().map(SeriesTool::fiveMinutes).toList();
        }
        Table.Builder table = Table.of("time", "series", "count");
        long total = 0;
        Series.Point peak = null;
        for (Series one : series) {
            for (Series.Point point : one.points()) {
                table.row(point.time().toString(), one.key(), point.count());
                total += point.count();
                if (peak == null || point.count() > peak.count()) {
                    peak = point;
                }
            }
        }
        List<String> details = new ArrayList<>(scope.details());
        details.add("bucket " + bucketText);
        String text = peak == null ? "No requests match in that range."
                : total + " requests in " + bucketText + " buckets"
                + split.map(field -> ", split by " + field.label()).orElse("")
                + "; the busiest bucket starts " + peak.time() + " with " + peak.count() + ".";
        return new ToolOutcome(text, table.build(), Entities.none(), total, details);
    }

    private static String pick(Optional<TimeWindow> window) {
        if (window.isEmpty()) {
            return "1h";
        }
        Duration length = Duration.between(window.get().from(), window.get().to());
        if (length.compareTo(Duration.ofHours(2)) <= 0) {
            return "1m";
        }
        return length.compareTo(Duration.ofDays(3)) <= 0 ? "1h" : "1d";
    }

    private static Series fiveMinutes(Series minutes) {
        Map<Instant, Long> sums = new TreeMap<>();
        for (Series.Point point : minutes.points()) {
            long epochMinute = point.time().getEpochSecond() / 60;
            Instant start = Instant.ofEpochSecond((epochMinute - Math.floorMod(epochMinute, 5))
                    * 60);
            sums.merge(start, point.count(), Long::sum);
        }
        List<Series.Point> points = sums.entrySet().stream()
                .map(e -> new Series.Point(e.getKey(), e.getValue())).toList();
        return new Series(minutes.key(), points);
    }
}
