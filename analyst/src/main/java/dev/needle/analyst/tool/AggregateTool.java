package dev.needle.analyst.tool;

import dev.needle.analyst.conversation.Entities;
import dev.needle.intel.service.AggregateDimension;
import dev.needle.intel.service.AggregateQuery;
import dev.needle.intel.service.AggregateResult;
import dev.needle.intel.service.AggregateRow;
import dev.needle.intel.service.DatasetScope;
import java.util.ArrayList;
import java.util.List;

/** {@code intel_aggregate}: counts of events by one dimension, most first. */
final class AggregateTool {

    private AggregateTool() {
    }

    static ToolOutcome run(Args args, ToolContext context) {
        String byText = args.required("by");
        AggregateDimension by;
        try {
            by = AggregateDimension.parse(byText);
        } catch (IllegalArgumentException e) {
            throw ToolException.badArgument(args.tool(), "by", byText, e.getMessage());
        }
        int limit = args.limit(10, 1000);
        EventFilter filter = EventFilter.of(args, context);
        AggregateResult result = context.intel().aggregate(context.caller(), new AggregateQuery(
                DatasetScope.everything(), List.of(by), false, filter.terms(), "",
                AggregateQuery.MAX_LIMIT));
        List<AggregateRow> rows = new ArrayList<>(result.rows());
        rows.removeIf(row -> row.value(by).isBlank());
        rows.sort((a, b) -> a.count() != b.count() ? Long.compare(b.count(), a.count())
                : a.value(by).compareTo(b.value(by)));
        List<AggregateRow> shown = rows.subList(0, Math.min(limit, rows.size()));
        Table.Builder table = Table.of(by.apiName(), "events");
        List<String> values = new ArrayList<>();
        for (AggregateRow row : shown) {
            table.row(row.value(by), row.count());
            values.add(row.value(by));
        }
        String text = shown.isEmpty() ? "No events you can see match, so no " + by.apiName()
                + " stands out."
                : "Over " + result.total() + " matching events, the leading " + by.apiName()
                + " is " + Shown.text(shown.get(0).value(by)) + " with " + shown.get(0).count()
                + " event(s).";
        Entities named = new Entities(List.of(), List.of(),
                by == AggregateDimension.ATTACKER ? values : List.of(), List.of());
        return new ToolOutcome(text, table.build(), named, result.total(), filter.details());
    }
}
