package dev.needle.app.cli;

import dev.needle.app.intel.LocalIntel;
import dev.needle.app.json.Json;
import dev.needle.core.indicator.Indicator;
import dev.needle.core.indicator.IndicatorNormalizer;
import dev.needle.intel.service.IndicatorMatch;
import dev.needle.intel.service.IntelService;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code needle ioc check}: whether values are known indicators, and from which events. Values
 * may be defanged ({@code hxxp://evil[.]example}); a value that is no indicator is reported as
 * such and the others are still checked. Exits 0 whether or not anything is known.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check values (IPs, CIDRs, domains, URLs, hashes, e-mails; defanged too)"
                + " against the intel store.")
final class IocCheckCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private DataOption data;

    @Parameters(paramLabel = "VALUE", arity = "1..*", description = "The values to check.")
    private List<String> values;

    @Option(names = "--json", description = "Print a JSON array, one object per value.")
    private boolean json;

    @Override
    public Integer call() throws Exception {
        List<Map<String, Object>> results = new ArrayList<>();
        try (IntelService intel = data.openIntel()) {
            IndicatorLookup lookup = new IndicatorLookup(intel, LocalIntel.principal());
            List<Optional<Indicator>> detected = values.stream()
                    .map(IndicatorNormalizer::detect).toList();
            Map<Indicator, IndicatorMatch> known = lookup.match(
                    detected.stream().flatMap(Optional::stream).distinct().toList());
            for (int i = 0; i < values.size(); i++) {
                results.add(result(values.get(i), detected.get(i), known, lookup));
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(results));
        } else {
            results.forEach(result -> printText(result, out));
        }
        out.flush();
        return 0;
    }

    private static Map<String, Object> result(String value, Optional<Indicator> indicator,
            Map<Indicator, IndicatorMatch> known, IndicatorLookup lookup) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("value", value);
        if (indicator.isEmpty()) {
            json.put("known", false);
            json.put("error", "not an indicator Needle knows how to read");
            json.put("matches", List.of());
            return json;
        }
        json.put("indicator", EventViews.asJson(indicator.get()));
        Optional<IndicatorMatch> match = Optional.ofNullable(known.get(indicator.get()));
        json.put("known", match.isPresent());
        match.ifPresent(m -> json.put("score", m.score()));
        json.put("matches", match.map(lookup::describe).orElse(List.of()));
        return json;
    }

    @SuppressWarnings("unchecked")
    private static void printText(Map<String, Object> result, PrintWriter out) {
        String value = TextTable.printable(String.valueOf(result.get("value")));
        if (result.containsKey("error")) {
            out.println(value + ": " + result.get("error"));
            return;
        }
        Map<String, Object> indicator = (Map<String, Object>) result.get("indicator");
        String label = indicator.get("type") + " " + TextTable.printable(
                String.valueOf(indicator.get("value")));
        List<Map<String, Object>> matches = (List<Map<String, Object>>) result.get("matches");
        if (matches.isEmpty()) {
            out.println(value + ": unknown (" + label + ")");
            return;
        }
        out.printf(Locale.ROOT, "%s: KNOWN (%s), best score %.1f, %d events%n", value, label,
                (Double) result.get("score"), matches.size());
        for (Map<String, Object> m : matches) {
            out.printf(Locale.ROOT, "  %-20s %5.1f%s  %s  %s%n",
                    TextTable.printable(String.valueOf(m.get("dataset")), 20),
                    (Double) m.get("score"), (Boolean) m.get("expired") ? " expired" : "",
                    TextTable.printable(String.valueOf(m.get("attacker"))),
                    TextTable.printable(String.valueOf(m.get("headline"))));
        }
    }
}
