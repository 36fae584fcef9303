package dev.needle.analyst.tool;

import dev.needle.analyst.conversation.Entities;
import dev.needle.core.filter.FieldType;
import dev.needle.traffic.TopEntry;
import dev.needle.traffic.TrafficField;
import java.util.List;

/** {@code traffic_top}: the most frequent values of a traffic field. */
final class TopTool {

    private TopTool() {
    }

    static ToolOutcome run(Args args, ToolContext context) {
        TrafficField field = args.field("field");
        int limit = args.limit(10, 1000);
        TrafficScope scope = TrafficScope.of(args, context);
        List<TopEntry> top = scope.run(args.tool(),
                () -> context.traffic().top(field, scope.query(), limit));
        long rows = scope.run(args.tool(), () -> context.traffic().count(scope.query()));
        Table.Builder table = Table.of(field.label(), "count");
        for (TopEntry entry : top) {
            table.row(value(field, entry.value()), entry.count());
        }
        List<String> values = top.stream().map(TopEntry::value).toList();
        Entities named = new Entities(field == TrafficField.IP ? values : List.of(),
                field == TrafficField.PATH ? values : List.of(), List.of(), List.of());
        String text = top.isEmpty() ? "No requests match, so there is no top " + field.label()
                + " list."
                : "The top " + top.size() + " " + field.label() + " values over " + rows
                + " requests; the first is " + Shown.text(top.get(0).value()) + " with "
                + top.get(0).count() + ".";
        return new ToolOutcome(text, table.build(), named, rows, scope.details());
    }

    /** Numbers as numbers, as {@code needle top --json} writes them. */
    static Object value(TrafficField field, String value) {
        if (field.type() == FieldType.NUMBER) {
            try {
                return Long.parseLong(value);
            } catch (NumberFormatException e) {
                return value;
            }
        }
        return value;
    }
}
