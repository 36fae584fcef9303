package dev.needle.analyst.tool;

import dev.needle.analyst.conversation.Entities;
import dev.needle.core.indicator.Indicator;
import dev.needle.intel.KillChainStage;
import dev.needle.intel.ThreatEvent;
import dev.needle.intel.service.EventPage;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** {@code intel_events}: the newest events matching the call's filters, across datasets. */
final class EventsTool {

    private EventsTool() {
    }

    static ToolOutcome run(Args args, ToolContext context) {
        int limit = args.limit(10, 100);
        EventFilter filter = EventFilter.of(args, context);
        EventPage page = context.intel().searchEvents(context.caller(), filter.search(limit));
        Table.Builder table = Table.of("date", "dataset", "attacker", "headline", "stage",
                "techniques", "indicators", "id");
        Set<String> attackers = new LinkedHashSet<>();
        Set<String> indicators = new LinkedHashSet<>();
        Set<String> ips = new LinkedHashSet<>();
        for (ThreatEvent event : page.events()) {
            table.row(event.date().toString(), event.dataset(), event.attacker(),
                    event.headline(), event.killChainStage().map(KillChainStage::label).orElse(""),
                    String.join(" ", event.techniques()), event.indicators().size(),
                    event.id().toString());
            if (!event.attacker().isBlank()) {
                attackers.add(event.attacker());
            }
            for (Indicator indicator : event.indicators()) {
                indicators.add(indicator.value());
                if (indicator.type().label().startsWith("ipv")) {
                    ips.add(indicator.value());
                }
            }
        }
        String text = page.events().isEmpty() ? "No events you can see match."
                : page.events().size() + " event(s), newest first"
                + (page.nextCursor().isPresent() ? " (more match; ask for a higher limit)" : "")
                + ". The newest: " + Shown.text(page.events().get(0).headline()) + ".";
        return new ToolOutcome(text, table.build(), new Entities(new ArrayList<>(ips), List.of(),
                new ArrayList<>(attackers), new ArrayList<>(indicators)), page.events().size(),
                filter.details());
    }
}
