package dev.needle.analyst.tool;

import dev.needle.analyst.conversation.Entities;
import dev.needle.core.indicator.Indicator;
import dev.needle.core.indicator.IndicatorNormalizer;
import dev.needle.intel.service.IndicatorMatch;
import dev.needle.intel.service.MatchReport;
import dev.needle.intel.service.MatchedEvent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** {@code intel_match}: which of the given indicators intel knows, with decayed scores. */
final class MatchTool {

    /** The most values one call checks. */
    static final int MAX_VALUES = 1000;

    private MatchTool() {
    }

    static ToolOutcome run(Args args, ToolContext context) {
        List<Indicator> indicators = indicators(args);
        MatchReport report = context.intel().match(context.caller(), indicators);
        Map<Indicator, IndicatorMatch> byIndicator = new HashMap<>();
        for (IndicatorMatch match : report.matches()) {
            byIndicator.put(match.indicator(), match);
        }
        Table.Builder table = Table.of("value", "known", "score", "datasets", "events");
        List<String> knownIps = new ArrayList<>();
        List<String> known = new ArrayList<>();
        for (Indicator indicator : indicators) {
            IndicatorMatch match = byIndicator.get(indicator);
            if (match == null) {
                table.row(indicator.value(), false, 0.0, "", 0);
                continue;
            }
            TreeSet<String> datasets = new TreeSet<>();
            match.events().stream().map(MatchedEvent::dataset).forEach(datasets::add);
            table.row(indicator.value(), true, Math.round(match.score() * 100) / 100.0,
                    String.join(" ", datasets), match.events().size());
            known.add(indicator.value());
            if (indicator.type().label().startsWith("ipv")) {
                knownIps.add(indicator.value());
            }
        }
        String text = known.isEmpty() ? "None of the " + indicators.size()
                + " indicator(s) is known to the intel you can see."
                : known.size() + " of " + indicators.size() + " indicator(s) are known: "
                + String.join(", ", known.stream().limit(10).map(Shown::text).toList())
                + (known.size() > 10 ? ", ..." : "") + ".";
        return new ToolOutcome(text, table.build(), new Entities(knownIps, List.of(), List.of(),
                known), indicators.size(), List.of());
    }

    private static List<Indicator> indicators(Args args) {
        String[] values = args.required("values").split(",");
        if (values.length > MAX_VALUES) {
            throw ToolException.badArgument(args.tool(), "values", values.length + " values",
                    "is more than " + MAX_VALUES);
        }
        List<Indicator> indicators = new ArrayList<>();
        for (String value : values) {
            String text = value.strip();
            if (text.isEmpty()) {
                continue;
            }
            indicators.add(IndicatorNormalizer.detect(text).orElseThrow(() ->
                    ToolException.badArgument(args.tool(), "values", text,
                            "is not an IP, CIDR, domain, URL, hash, ASN or e-mail address")));
        }
        if (indicators.isEmpty()) {
            throw ToolException.badArgument(args.tool(), "values", "", "holds no indicator");
        }
        return indicators.stream().distinct().toList();
    }
}
