package dev.needle.analyst.tool;

import dev.needle.analyst.conversation.Entities;
import dev.needle.intel.attack.AttackCatalog;
import dev.needle.intel.attack.Technique;
import dev.needle.intel.service.AggregateDimension;
import dev.needle.intel.service.AggregateQuery;
import dev.needle.intel.service.AggregateResult;
import dev.needle.intel.service.AggregateRow;
import dev.needle.intel.service.DatasetScope;
import dev.needle.intel.service.SearchOperator;
import dev.needle.intel.service.SearchTerm;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code intel_new_techniques}: ATT&CK techniques seen within the range and never before it,
 * with their names from the catalog. The range (default the last 30 days before the newest
 * event) is widened to whole UTC days, so that intel's per-day counts answer it.
 */
final class NewTechniquesTool {

    private NewTechniquesTool() {
    }

    static ToolOutcome run(Args args, ToolContext context) {
        String range = args.text("range").orElse("last 30d");
        TimeWindow asked = Ranges.resolve(args.tool(), range, Ranges.anchor(
                context.clock().instant(), EventFilter.newestEvent(context)));
        Instant from = asked.from().truncatedTo(ChronoUnit.DAYS);
        Instant to = asked.to().minusNanos(1).truncatedTo(ChronoUnit.DAYS).plus(1,
                ChronoUnit.DAYS);
        List<SearchTerm> window = List.of(
                SearchTerm.of("date", SearchOperator.GTE, from.toString()),
                SearchTerm.of("date", SearchOperator.LT, to.toString()));
        Set<String> before = techniques(aggregate(context, false, List.of(
                SearchTerm.of("date", SearchOperator.LT, from.toString()))));
        AggregateResult within = aggregate(context, false, window);
        Set<String> fresh = techniques(within);
        fresh.removeAll(before);
        Map<String, LocalDate> first = new HashMap<>();
        Map<String, Long> events = new HashMap<>();
        if (!fresh.isEmpty()) {
            // Only new techniques need their first day; most windows have none or few.
            for (AggregateRow row : aggregate(context, true, window).rows()) {
                String technique = row.value(AggregateDimension.TECHNIQUE);
                if (fresh.contains(technique)) {
                    first.merge(technique, row.day().orElseThrow(),
                            (a, b) -> a.isBefore(b) ? a : b);
                    events.merge(technique, row.count(), Long::sum);
                }
            }
        }
        List<String> newest = new ArrayList<>(first.keySet());
        newest.sort((a, b) -> first.get(b).compareTo(first.get(a)) != 0
                ? first.get(b).compareTo(first.get(a)) : a.compareTo(b));
        AttackCatalog catalog = AttackCatalog.enterprise();
        Table.Builder table = Table.of("technique", "name", "first_seen", "events");
        for (String technique : newest) {
            table.row(technique, catalog.technique(technique).map(Technique::name).orElse(""),
                    first.get(technique).toString(), events.get(technique));
        }
        LocalDate lastDay = LocalDate.ofInstant(to, ZoneOffset.UTC).minusDays(1);
        LocalDate firstDay = LocalDate.ofInstant(from, ZoneOffset.UTC);
        String text = newest.isEmpty() ? "No technique was seen for the first time between "
                + firstDay + " and " + lastDay + "."
                : newest.size() + " technique(s) first seen between " + firstDay + " and "
                + lastDay + ", newest first: " + String.join(", ", newest.stream().limit(10)
                        .toList()) + ".";
        return new ToolOutcome(text, table.build(), Entities.none(), within.total(),
                List.of("range " + range + " = " + from + "/" + to + " (whole days)"));
    }

    private static Set<String> techniques(AggregateResult result) {
        Set<String> techniques = new HashSet<>();
        for (AggregateRow row : result.rows()) {
            String technique = row.value(AggregateDimension.TECHNIQUE);
            if (!technique.isBlank()) {
                techniques.add(technique);
            }
        }
        return techniques;
    }

    private static AggregateResult aggregate(ToolContext context, boolean perDay,
            List<SearchTerm> terms) {
        return context.intel().aggregate(context.caller(), new AggregateQuery(
                DatasetScope.everything(), List.of(AggregateDimension.TECHNIQUE), perDay, terms,
                "", AggregateQuery.MAX_LIMIT));
    }
}
