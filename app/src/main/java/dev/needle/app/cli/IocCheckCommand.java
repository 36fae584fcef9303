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

    private static final String NOT_AN_INDICATOR = "not an indicator Needle knows how to read";

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
        List<Checked> results = new ArrayList<>();
        try (IntelService intel = data.openIntel()) {
            IndicatorLookup lookup = new IndicatorLookup(intel, LocalIntel.principal());
            List<Optional<Indicator>> detected = values.stream()
                    .map(IndicatorNormalizer::detect).toList();
            Map<Indicator, IndicatorMatch> known = lookup.match(
                    detected.stream().flatMap(Optional::stream).distinct().toList());
            for (int i = 0; i < values.size(); i++) {
                Optional<IndicatorMatch> match = detected.get(i).map(known::get);
                results.add(new Checked(values.get(i), detected.get(i), match,
                        match.map(lookup::describe).orElse(List.of())));
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.MAPPER.writerWithDefaultPrettyPrinter()
                    .writeValueAsString(results.stream().map(Checked::asJson).toList()));
        } else {
            results.forEach(result -> result.print(out));
        }
        out.flush();
        return 0;
    }

    /**
     * What became of one value.
     *
     * @param value as given
     * @param indicator what it reads as, when it is an indicator
     * @param match its events, when it is known
     * @param events those events as JSON objects, with headline and attacker
     */
    private record Checked(String value, Optional<Indicator> indicator,
            Optional<IndicatorMatch> match, List<Map<String, Object>> events) {

        Map<String, Object> asJson() {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("value", value);
            indicator.ifPresentOrElse(i -> json.put("indicator", EventViews.asJson(i)),
                    () -> json.put("error", NOT_AN_INDICATOR));
            json.put("known", match.isPresent());
            match.ifPresent(m -> json.put("score", m.score()));
            json.put("matches", events);
            return json;
        }

        void print(PrintWriter out) {
            String shown = TextTable.printable(value);
            if (indicator.isEmpty()) {
                out.println(shown + ": " + NOT_AN_INDICATOR);
                return;
            }
            String label = indicator.get().type().label() + " "
                    + TextTable.printable(indicator.get().value());
            if (match.isEmpty()) {
                out.println(shown + ": unknown (" + label + ")");
                return;
            }
            out.printf(Locale.ROOT, "%s: KNOWN (%s), best score %.1f, %d events%n", shown, label,
                    match.get().score(), match.get().events().size());
            for (Map<String, Object> event : events) {
                out.printf(Locale.ROOT, "  %-20s %5.1f%s  %s  %s%n",
                        TextTable.printable(String.valueOf(event.get("dataset")), 20),
                        (Double) event.get("score"),
                        Boolean.TRUE.equals(event.get("expired")) ? " expired" : "",
                        TextTable.printable(String.valueOf(event.get("attacker"))),
                        TextTable.printable(String.valueOf(event.get("headline"))));
            }
        }
    }
}
