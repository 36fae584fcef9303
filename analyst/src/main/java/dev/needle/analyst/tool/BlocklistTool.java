package dev.needle.analyst.tool;

import dev.needle.analyst.conversation.Entities;
import dev.needle.core.indicator.Indicator;
import dev.needle.intel.ThreatEvent;
import dev.needle.intel.service.EventPage;
import dev.needle.intel.service.EventSearch;
import dev.needle.intel.service.IndicatorMatch;
import dev.needle.intel.service.MatchedEvent;
import dev.needle.traffic.TopEntry;
import dev.needle.traffic.TrafficField;
import dev.needle.traffic.TrafficQuery;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * {@code intel_blocklist}: the indicators most worth blocking now. Candidates are the
 * indicators of the newest {@value #EVENTS_READ} events the caller can see, scored by intel's
 * decayed score. An IP that also appears in the node's own traffic ranks first, by its request
 * count, since it is hitting us now; then live indicators by score; indicators that have aged
 * out under their dataset's decay rule come last, marked expired, so that old intel still
 * yields a list but never outranks fresh intel. Without a type, only what a firewall or proxy
 * can block is listed (addresses, networks, domains, URLs); hashes and fingerprints only when
 * asked for by type.
 */
final class BlocklistTool {

    static final int EVENTS_READ = 1000;
    /** What a firewall or proxy can block; other types only when asked for by type. */
    static final Set<String> NETWORK = Set.of("ipv4", "ipv6", "cidr", "domain", "url");
    private static final int TRAFFIC_CHECKED = 200;

    private BlocklistTool() {
    }

    static ToolOutcome run(Args args, ToolContext context) {
        int limit = args.limit(20, 1000);
        String type = args.text("type").orElse("");
        EventPage page = context.intel().searchEvents(context.caller(),
                EventSearch.everything().withPageSize(EVENTS_READ));
        Set<Indicator> candidates = new LinkedHashSet<>();
        for (ThreatEvent event : page.events()) {
            for (Indicator indicator : event.indicators()) {
                if (type.isEmpty() ? NETWORK.contains(indicator.type().label())
                        : indicator.type().label().equals(type)) {
                    candidates.add(indicator);
                }
            }
        }
        List<IndicatorMatch> matched = context.intel().match(context.caller(), candidates)
                .matches().stream()
                .sorted(Comparator.comparing(IndicatorMatch::expired)
                        .thenComparing(Comparator.comparingDouble(IndicatorMatch::score)
                                .reversed())
                        .thenComparing(match -> match.indicator().value()))
                .toList();
        Map<String, Long> hits = trafficHits(context, matched);
        List<IndicatorMatch> ranked = new ArrayList<>(matched);
        ranked.sort(Comparator.<IndicatorMatch>comparingLong(
                match -> -hits.getOrDefault(match.indicator().value(), 0L))
                .thenComparing(IndicatorMatch::expired)
                .thenComparing(Comparator.comparingDouble(IndicatorMatch::score).reversed())
                .thenComparing(match -> match.indicator().value()));
        List<IndicatorMatch> chosen = ranked.subList(0, Math.min(limit, ranked.size()));
        Table.Builder table = Table.of("value", "type", "score", "expired", "requests_seen",
                "datasets");
        List<String> values = new ArrayList<>();
        List<String> ips = new ArrayList<>();
        for (IndicatorMatch match : chosen) {
            String value = match.indicator().value();
            TreeSet<String> datasets = match.events().stream().map(MatchedEvent::dataset)
                    .collect(Collectors.toCollection(TreeSet::new));
            table.row(value, match.indicator().type().label(),
                    Math.round(match.score() * 100) / 100.0, match.expired(),
                    hits.getOrDefault(value, 0L),
                    String.join(" ", datasets));
            values.add(value);
            if (match.indicator().type().label().startsWith("ipv")) {
                ips.add(value);
            }
        }
        long seen = chosen.stream().filter(m -> hits.containsKey(m.indicator().value())).count();
        long expired = chosen.stream().filter(IndicatorMatch::expired).count();
        String text = chosen.isEmpty() ? "No indicator" + (type.isEmpty() ? " to block at the"
                + " network" : " of type " + type) + " in the intel you can see."
                : expired == chosen.size() ? "Nothing live to block: all " + chosen.size()
                + " indicator(s) listed have aged out under their decay rule (score 0)"
                + (seen > 0 ? "; " + seen + " of them were seen in your traffic" : "")
                + ". They are the freshest there are."
                : chosen.size() + " indicator(s) to block, " + seen + " of them seen in your"
                + " traffic; the first is " + Shown.text(values.get(0)) + "."
                + (expired > 0 ? " " + expired + " of them have aged out under their decay"
                + " rule and are listed last." : "");
        return new ToolOutcome(text, table.build(), new Entities(ips, List.of(), List.of(),
                values), page.events().size(), List.of("read the newest " + page.events().size()
                + " events; " + matched.size() + " indicator(s) scored"));
    }

    /** Request counts in the node's traffic of the best-scored IPv4 candidates. */
    private static Map<String, Long> trafficHits(ToolContext context,
            List<IndicatorMatch> matched) {
        List<String> ips = matched.stream().map(IndicatorMatch::indicator)
                .filter(indicator -> indicator.type().label().equals("ipv4"))
                .map(Indicator::value).limit(TRAFFIC_CHECKED).toList();
        Map<String, Long> hits = new HashMap<>();
        if (ips.isEmpty()) {
            return hits;
        }
        TrafficQuery query = TrafficQuery.where("ip in (" + String.join(", ", ips) + ")");
        for (TopEntry entry : context.traffic().top(TrafficField.IP, query, ips.size())) {
            hits.put(entry.value(), entry.count());
        }
        return hits;
    }
}
