package dev.needle.analyst.tool;

import dev.needle.analyst.conversation.Entities;
import dev.needle.core.indicator.Indicator;
import dev.needle.core.indicator.IndicatorNormalizer;
import dev.needle.intel.ThreatEvent;
import dev.needle.intel.service.IndicatorMatch;
import dev.needle.intel.service.LinkedIndicator;
import dev.needle.intel.service.MatchedEvent;
import dev.needle.intel.service.PivotResult;
import dev.needle.traffic.TopEntry;
import dev.needle.traffic.TrafficField;
import dev.needle.traffic.TrafficQuery;
import dev.needle.traffic.TrafficSummary;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code indicator_lookup}: what intel and traffic know of one indicator: its events, attackers,
 * datasets and score, the indicators seen with it, and for an IP address its requests here.
 */
final class LookupTool {

    private static final int PIVOT_LIMIT = 20;
    private static final int ATTACKER_LOOKUPS = 5;

    private LookupTool() {
    }

    static ToolOutcome run(Args args, ToolContext context) {
        String value = args.required("value");
        Indicator indicator = IndicatorNormalizer.detect(value).orElseThrow(() ->
                ToolException.badArgument(args.tool(), "value", value,
                        "is not an IP, CIDR, domain, URL, hash, ASN or e-mail address"));
        PivotResult pivot = context.intel().pivot(context.caller(), indicator, PIVOT_LIMIT);
        Optional<IndicatorMatch> match = context.intel().match(context.caller(),
                List.of(indicator)).matches().stream().findFirst();
        Table.Builder table = Table.of("fact", "value");
        Set<String> attackers = new LinkedHashSet<>();
        TreeSet<String> datasets = new TreeSet<>();
        for (ThreatEvent event : pivot.events()) {
            if (!event.attacker().isBlank()) {
                attackers.add(event.attacker());
            }
            datasets.add(event.dataset());
        }
        match.ifPresent(m -> m.events().stream().map(MatchedEvent::dataset)
                .forEach(datasets::add));
        // A match through a containing network or a related form has events the exact pivot
        // does not list; name their attackers too (from the first few).
        long events = Math.max(pivot.events().size(), match.map(m -> m.events().size())
                .orElse(0));
        match.ifPresent(m -> m.events().stream().limit(ATTACKER_LOOKUPS)
                .forEach(matched -> context.intel().event(context.caller(), matched.dataset(),
                        matched.event()).map(ThreatEvent::attacker).filter(a -> !a.isBlank())
                        .ifPresent(attackers::add)));
        String via = match.flatMap(m -> m.events().stream().map(MatchedEvent::via)
                .filter(v -> !v.equals(indicator)).findFirst()).map(v -> " through "
                + v.value()).orElse("");
        table.row("known to intel", match.isPresent());
        table.row("score", match.map(m -> Math.round(m.score() * 100) / 100.0).orElse(0.0));
        table.row("events", events);
        table.row("attackers", String.join(", ", attackers));
        table.row("datasets", String.join(" ", datasets));
        table.row("seen with", String.join(" ", pivot.coIndicators().stream()
                .map(LinkedIndicator::indicator).map(Indicator::value).limit(10).toList()));
        if (!pivot.events().isEmpty()) {
            table.row("latest event", pivot.events().get(0).headline());
        }
        long requests = 0;
        List<String> ips = new ArrayList<>();
        String traffic = "";
        if (indicator.type().label().startsWith("ipv")) {
            ips.add(indicator.value());
            TrafficQuery query = TrafficQuery.where("ip = " + indicator.value());
            TrafficSummary summary = context.traffic().summary(query);
            requests = summary.requests();
            table.row("requests here", requests);
            summary.first().ifPresent(first -> table.row("first request", first.toString()));
            summary.last().ifPresent(last -> table.row("last request", last.toString()));
            List<TopEntry> paths = context.traffic().top(TrafficField.PATH, query, 5);
            table.row("top paths", String.join(", ", paths.stream()
                    .map(p -> p.value() + " (" + p.count() + ")").toList()));
            traffic = " In your traffic it made " + requests + " request(s).";
        }
        String text = (match.isPresent()
                ? indicator.value() + " is known to intel" + via + ": " + events
                + " event(s) in " + String.join(", ", datasets)
                + (attackers.isEmpty() ? "" : ", attacker " + Shown.text(String.join(", ",
                        attackers)))
                + ", score " + Math.round(match.get().score() * 100) / 100.0 + "."
                : indicator.value() + " is not known to the intel you can see.") + traffic;
        return new ToolOutcome(text, table.build(), new Entities(ips, List.of(),
                new ArrayList<>(attackers), List.of(indicator.value())),
                pivot.events().size() + requests, List.of("read as " + indicator.type().label()));
    }
}
