package dev.needle.analyst.tool;

import dev.needle.analyst.conversation.Entities;
import dev.needle.intel.KillChainStage;
import dev.needle.intel.service.AggregateDimension;
import dev.needle.intel.service.AggregateQuery;
import dev.needle.intel.service.AggregateResult;
import dev.needle.intel.service.AggregateRow;
import dev.needle.intel.service.DatasetScope;
import dev.needle.intel.service.SearchOperator;
import dev.needle.intel.service.SearchTerm;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * {@code intel_actor_timeline}: an attacker's events along the kill chain, stage by stage: the
 * first and last day each stage was seen, its events and techniques. Counts come from intel's
 * aggregates over every event the caller can see, not from a sample.
 */
final class TimelineTool {

    private TimelineTool() {
    }

    static ToolOutcome run(Args args, ToolContext context) {
        String attacker = args.required("attacker");
        List<SearchTerm> terms = List.of(SearchTerm.of("attacker", SearchOperator.EQUALS,
                attacker));
        AggregateResult days = context.intel().aggregate(context.caller(), new AggregateQuery(
                DatasetScope.everything(), List.of(AggregateDimension.KILL_CHAIN_STAGE), true,
                terms, "", AggregateQuery.MAX_LIMIT));
        AggregateResult techniques = context.intel().aggregate(context.caller(),
                new AggregateQuery(DatasetScope.everything(), List.of(
                        AggregateDimension.KILL_CHAIN_STAGE, AggregateDimension.TECHNIQUE),
                        false, terms, "", AggregateQuery.MAX_LIMIT));
        Map<KillChainStage, Stage> stages = new EnumMap<>(KillChainStage.class);
        long unstaged = 0;
        for (AggregateRow row : days.rows()) {
            String label = row.value(AggregateDimension.KILL_CHAIN_STAGE);
            if (label.isBlank()) {
                unstaged += row.count();
                continue;
            }
            stages.computeIfAbsent(KillChainStage.parse(label), s -> new Stage())
                    .add(row.day().orElseThrow(), row.count());
        }
        for (AggregateRow row : techniques.rows()) {
            String label = row.value(AggregateDimension.KILL_CHAIN_STAGE);
            Stage stage = label.isBlank() ? null : stages.get(KillChainStage.parse(label));
            String technique = row.value(AggregateDimension.TECHNIQUE);
            if (stage != null && !technique.isBlank() && stage.techniques.size() < 10) {
                stage.techniques.add(technique);
            }
        }
        Table.Builder table = Table.of("stage", "first", "last", "events", "techniques");
        stages.forEach((stage, seen) -> table.row(stage.label(), seen.first.toString(),
                seen.last.toString(), seen.events, String.join(" ", seen.techniques)));
        return new ToolOutcome(text(attacker, days.total(), stages, unstaged), table.build(),
                new Entities(List.of(), List.of(), List.of(attacker), List.of()), days.total(),
                List.of());
    }

    private static String text(String attacker, long total, Map<KillChainStage, Stage> stages,
            long unstaged) {
        if (total == 0) {
            return "No events you can see name the attacker " + Shown.text(attacker) + ".";
        }
        if (stages.isEmpty()) {
            return Shown.text(attacker) + " has " + total + " event(s), none with a kill-chain"
                    + " stage.";
        }
        KillChainStage furthest = stages.keySet().stream().reduce((a, b) -> b).orElseThrow();
        return Shown.text(attacker) + " reached " + stages.size() + " of "
                + KillChainStage.values().length + " kill-chain stages over " + total
                + " event(s); the furthest is " + furthest.label() + ", first seen "
                + stages.get(furthest).first + "."
                + (unstaged > 0 ? " " + unstaged + " event(s) have no stage." : "");
    }

    private static final class Stage {
        private LocalDate first;
        private LocalDate last;
        private long events;
        private final TreeSet<String> techniques = new TreeSet<>();

        void add(LocalDate day, long count) {
            first = first == null || day.isBefore(first) ? day : first;
            last = last == null || day.isAfter(last) ? day : last;
            events += count;
        }
    }
}
