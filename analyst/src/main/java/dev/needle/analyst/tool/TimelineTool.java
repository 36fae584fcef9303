package dev.needle.analyst.tool;

import dev.needle.analyst.conversation.Entities;
import dev.needle.intel.KillChainStage;
import dev.needle.intel.ThreatEvent;
import dev.needle.intel.service.EventPage;
import dev.needle.intel.service.EventSearch;
import dev.needle.intel.service.SearchOperator;
import dev.needle.intel.service.SortOrder;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * {@code intel_actor_timeline}: an attacker's events along the kill chain, stage by stage, with
 * when each stage was first and last seen. Reads at most {@value #MAX_EVENTS} events, oldest
 * first; the answer says when there were more.
 */
final class TimelineTool {

    static final int MAX_EVENTS = 5000;

    private TimelineTool() {
    }

    static ToolOutcome run(Args args, ToolContext context) {
        String attacker = args.required("attacker");
        EventPage page = context.intel().searchEvents(context.caller(), EventSearch.everything()
                .where("attacker", SearchOperator.EQUALS, attacker)
                .sortedBy("date", SortOrder.ASC).withPageSize(MAX_EVENTS));
        Map<KillChainStage, Stage> stages = new EnumMap<>(KillChainStage.class);
        int unstaged = 0;
        for (ThreatEvent event : page.events()) {
            Optional<KillChainStage> stage = event.killChainStage();
            if (stage.isEmpty()) {
                unstaged++;
                continue;
            }
            stages.computeIfAbsent(stage.get(), s -> new Stage(event.date())).add(event);
        }
        Table.Builder table = Table.of("stage", "first", "last", "events", "techniques");
        for (Map.Entry<KillChainStage, Stage> entry : stages.entrySet()) {
            Stage stage = entry.getValue();
            table.row(entry.getKey().label(), stage.first.toString(), stage.last.toString(),
                    stage.events, String.join(" ", stage.techniques));
        }
        String text;
        if (page.events().isEmpty()) {
            text = "No events you can see name the attacker " + Shown.text(attacker) + ".";
        } else if (stages.isEmpty()) {
            text = Shown.text(attacker) + " has " + page.events().size() + " event(s), none"
                    + " with a kill-chain stage.";
        } else {
            KillChainStage furthest = ((EnumMap<KillChainStage, Stage>) stages).keySet()
                    .stream().reduce((a, b) -> b).orElseThrow();
            text = Shown.text(attacker) + " reached " + stages.size() + " of "
                    + KillChainStage.values().length + " kill-chain stages over "
                    + page.events().size() + " event(s); the furthest is " + furthest.label()
                    + ", first seen " + stages.get(furthest).first + "."
                    + (unstaged > 0 ? " " + unstaged + " event(s) have no stage." : "")
                    + (page.nextCursor().isPresent() ? " Only the first " + MAX_EVENTS
                    + " events were read." : "");
        }
        return new ToolOutcome(text, table.build(), new Entities(List.of(), List.of(),
                List.of(attacker), List.of()), page.events().size(), List.of());
    }

    private static final class Stage {
        private final Instant first;
        private Instant last;
        private int events;
        private final TreeSet<String> techniques = new TreeSet<>();

        Stage(Instant first) {
            this.first = first;
            this.last = first;
        }

        void add(ThreatEvent event) {
            events++;
            last = event.date();
            techniques.addAll(event.techniques());
        }
    }
}
