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
        AggregateResult within = aggregate(context, true, List.of(
                SearchTerm.of("date", SearchOperator.GTE, from.toString()),
                SearchTerm.of("date", SearchOperator.LT, to.toString())));
        Set<String> before = new HashSet<>();
        for (AggregateRow row : aggregate(context, false, List.of(
                SearchTerm.of("date", SearchOperator.LT, from.toString()))).rows()) {
            before.add(row.value(AggregateDimension.TECHNIQUE));
        }
        Map<String, LocalDate> first = new HashMap<>();
        Map<String, Long> events = new HashMap<>();
        for (AggregateRow row : within.rows()) {
            String technique = row.value(AggregateDimension.TECHNIQUE);
            if (technique.isBlank() || before.contains(technique)) {
                continue;
            }
            LocalDate day = row.day().orElseThrow();
            first.merge(technique, day, (a, b) -> a.isBefore(b) ? a : b);
            events.merge(technique, row.count(), Long::sum);
        }
        List<String> fresh = new ArrayList<>(first.keySet());
        fresh.sort((a, b) -> first.get(b).compareTo(first.get(a)) != 0
                ? first.get(b).compareTo(first.get(a)) : a.compareTo(b));
        AttackCatalog catalog = AttackCatalog.enterprise();
        Table.Builder table = Table.of("technique", "name", "first_seen", "events");
        for (String technique : fresh) {
            table.row(technique, catalog.technique(technique).map(Technique::name).orElse(""),
                    first.get(technique).toString(), events.get(technique));
        }
        LocalDate lastDay = LocalDate.ofInstant(to, ZoneOffset.UTC).minusDays(1);
        LocalDate firstDay = LocalDate.ofInstant(from, ZoneOffset.UTC);
        String text = fresh.isEmpty() ? "No technique was seen for the first time between "
                + firstDay + " and " + lastDay + "."
                : fresh.size() + " technique(s) first seen between " + firstDay + " and "
                + lastDay + ", newest first: " + String.join(", ", fresh.stream().limit(10)
                        .toList()) + ".";
        return new ToolOutcome(text, table.build(), Entities.none(), within.total(),
                List.of("range " + range + " = " + from + "/" + to + " (whole days)"));
    }

    private static AggregateResult aggregate(ToolContext context, boolean perDay,
            List<SearchTerm> terms) {
        return context.intel().aggregate(context.caller(), new AggregateQuery(
                DatasetScope.everything(), List.of(AggregateDimension.TECHNIQUE), perDay, terms,
                "", AggregateQuery.MAX_LIMIT));
    }
}
