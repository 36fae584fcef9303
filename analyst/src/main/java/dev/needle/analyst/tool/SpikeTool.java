package dev.needle.analyst.tool;

import dev.needle.analyst.conversation.Entities;
import dev.needle.traffic.Bucket;
import dev.needle.traffic.Series;
import dev.needle.traffic.TopEntry;
import dev.needle.traffic.TrafficField;
import dev.needle.traffic.TrafficQuery;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code traffic_spike}: explains a jump in requests. The spike is the hour starting at
 * {@code at} (its latest occurrence before the newest row when no date is given), or else the
 * busiest hour in the range. It is compared with the average of the {@value #BASELINE_HOURS}
 * hours before it, and for IPs, paths, statuses, countries and user agents the values that grew
 * most are listed.
 */
final class SpikeTool {

    static final int BASELINE_HOURS = 3;
    /** Under this many times the hours before, an hour is no spike. */
    static final double NO_SPIKE_RATIO = 1.5;
    private static final List<TrafficField> FIELDS = List.of(TrafficField.IP, TrafficField.PATH,
            TrafficField.STATUS, TrafficField.COUNTRY, TrafficField.UA);
    private static final int PER_FIELD = 3;

    private SpikeTool() {
    }

    static ToolOutcome run(Args args, ToolContext context) {
        TrafficScope scope = TrafficScope.of(args, context);
        Optional<Instant> newest = context.traffic().newest();
        Instant anchor = Ranges.anchor(context.clock().instant(), newest);
        Optional<Instant> start = args.text("at").isPresent()
                ? Optional.of(moment(args, scope, anchor)) : busiestHour(args, scope, context);
        if (start.isEmpty()) {
            return new ToolOutcome("No requests match, so there is no spike to explain.",
                    Table.empty(), Entities.none(), 0, scope.details());
        }
        Instant from = start.get();
        Instant to = from.plus(Duration.ofHours(1));
        TrafficQuery during = TrafficQuery.where(scope.query().where()).between(from, to);
        TrafficQuery before = TrafficQuery.where(scope.query().where())
                .between(from.minus(Duration.ofHours(BASELINE_HOURS)), from);
        long spike = scope.run(args.tool(), () -> context.traffic().count(during));
        long baseline = scope.run(args.tool(), () -> context.traffic().count(before));
        double perHour = baseline / (double) BASELINE_HOURS;
        Table.Builder table = Table.of("field", "value", "during", "before_per_hour", "growth");
        List<String> grownIps = new ArrayList<>();
        List<String> leaders = new ArrayList<>();
        for (TrafficField field : FIELDS) {
            List<Growth> grown = growth(context, field, during, before);
            for (Growth g : grown) {
                table.row(field.label(), TopTool.value(field, g.value()), g.during(),
                        round(g.beforePerHour()), round(g.growth()));
                if (field == TrafficField.IP) {
                    grownIps.add(g.value());
                }
            }
            if (!grown.isEmpty()) {
                leaders.add(field.label() + " " + Shown.text(grown.get(0).value()) + " (+"
                        + Math.round(grown.get(0).growth()) + ")");
            }
        }
        List<String> details = new ArrayList<>(scope.details());
        details.add("spike window " + from + "/" + to + ", baseline the " + BASELINE_HOURS
                + " hours before");
        String ratio = perHour > 0 ? String.format(Locale.ROOT, " (%.1fx)",
                spike / perHour) : "";
        String verdict = perHour > 0 && spike < NO_SPIKE_RATIO * perHour
                ? " That is no spike; ask for findings to see where traffic did jump." : "";
        String text = "From " + from + " to " + to + ": " + spike + " requests against "
                + Math.round(perHour) + " an hour in the " + BASELINE_HOURS + " hours before"
                + ratio + "." + verdict + (leaders.isEmpty() || !verdict.isEmpty() ? ""
                : " What grew most: " + String.join(", ", leaders) + ".");
        return new ToolOutcome(text, table.build(), new Entities(grownIps, List.of(), List.of(),
                List.of()), spike + baseline, details);
    }

    private static Instant moment(Args args, TrafficScope scope, Instant anchor) {
        String at = args.required("at");
        try {
            if (at.contains("T")) {
                return LocalDateTime.parse(at).toInstant(ZoneOffset.UTC);
            }
            LocalTime time = LocalTime.parse(at);
            Instant limit = scope.window().map(TimeWindow::to).orElse(anchor);
            LocalDate day = LocalDate.ofInstant(limit.minusNanos(1), ZoneOffset.UTC);
            Instant candidate = day.atTime(time).toInstant(ZoneOffset.UTC);
            return candidate.isBefore(limit) ? candidate : candidate.minus(Duration.ofDays(1));
        } catch (DateTimeParseException e) {
            throw ToolException.badArgument(args.tool(), "at", at,
                    "is not a time like 10:00 or 2015-05-17T10:00");
        }
    }

    private static Optional<Instant> busiestHour(Args args, TrafficScope scope,
            ToolContext context) {
        List<Series> series = scope.run(args.tool(), () -> context.traffic()
                .series(Bucket.HOUR, Optional.empty(), scope.query(), 1));
        return series.stream().flatMap(one -> one.points().stream())
                .max(Comparator.comparingLong(Series.Point::count)
                        .thenComparing(Series.Point::time, Comparator.reverseOrder()))
                .map(point -> point.time().truncatedTo(ChronoUnit.HOURS));
    }

    private static List<Growth> growth(ToolContext context, TrafficField field,
            TrafficQuery during, TrafficQuery before) {
        List<TopEntry> now = context.traffic().top(field, during, 20);
        Map<String, Long> earlier = new HashMap<>();
        for (TopEntry entry : context.traffic().top(field, before, 200)) {
            earlier.put(entry.value(), entry.count());
        }
        return now.stream()
                .map(entry -> new Growth(entry.value(), entry.count(),
                        earlier.getOrDefault(entry.value(), 0L) / (double) BASELINE_HOURS))
                .filter(g -> g.growth() > 0)
                .sorted(Comparator.comparingDouble(Growth::growth).reversed()
                        .thenComparing(Growth::value))
                .limit(PER_FIELD).toList();
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    private record Growth(String value, long during, double beforePerHour) {

        double growth() {
            return during - beforePerHour;
        }
    }
}
