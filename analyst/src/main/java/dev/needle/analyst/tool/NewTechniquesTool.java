package dev.needle.analyst.tool;

import dev.needle.analyst.conversation.Entities;
import dev.needle.intel.attack.AttackCatalog;
import dev.needle.intel.attack.Technique;
import dev.needle.intel.service.AggregateDimension;
import dev.needle.intel.service.AggregateQuery;
import dev.needle.intel.service.AggregateResult;
import dev.needle.intel.service.AggregateRow;
import dev.needle.intel.service.DatasetScope;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code intel_new_techniques}: ATT&CK techniques whose first event falls within the range
 * (default the last 30 days before the newest event), with their names from the catalog.
 */
final class NewTechniquesTool {

    private NewTechniquesTool() {
    }

    static ToolOutcome run(Args args, ToolContext context) {
        String range = args.text("range").orElse("last 30d");
        TimeWindow window = Ranges.resolve(args.tool(), range, Ranges.anchor(
                context.clock().instant(), EventFilter.newestEvent(context)));
        AggregateResult perDay = context.intel().aggregate(context.caller(), new AggregateQuery(
                DatasetScope.everything(), List.of(AggregateDimension.TECHNIQUE), true, List.of(),
                "", AggregateQuery.MAX_LIMIT));
        Map<String, LocalDate> first = new HashMap<>();
        Map<String, Long> recent = new HashMap<>();
        LocalDate from = LocalDate.ofInstant(window.from(), ZoneOffset.UTC);
        LocalDate to = LocalDate.ofInstant(window.to().minusNanos(1), ZoneOffset.UTC);
        for (AggregateRow row : perDay.rows()) {
            String technique = row.value(AggregateDimension.TECHNIQUE);
            LocalDate day = row.day().orElseThrow();
            first.merge(technique, day, (a, b) -> a.isBefore(b) ? a : b);
            if (!day.isBefore(from) && !day.isAfter(to)) {
                recent.merge(technique, row.count(), Long::sum);
            }
        }
        List<String> fresh = new ArrayList<>();
        first.forEach((technique, day) -> {
            if (!day.isBefore(from) && !day.isAfter(to)) {
                fresh.add(technique);
            }
        });
        fresh.sort((a, b) -> first.get(b).compareTo(first.get(a)) != 0
                ? first.get(b).compareTo(first.get(a)) : a.compareTo(b));
        AttackCatalog catalog = AttackCatalog.enterprise();
        Table.Builder table = Table.of("technique", "name", "first_seen", "events");
        for (String technique : fresh) {
            table.row(technique, catalog.technique(technique).map(Technique::name).orElse(""),
                    first.get(technique).toString(), recent.getOrDefault(technique, 0L));
        }
        String text = fresh.isEmpty() ? "No technique was seen for the first time between "
                + from + " and " + to + "."
                : fresh.size() + " technique(s) first seen between " + from + " and " + to
                + ", newest first: " + String.join(", ", fresh.stream().limit(10).toList()) + ".";
        return new ToolOutcome(text, table.build(), Entities.none(), perDay.total(),
                List.of("range " + range + " = " + window));
    }
}
