package dev.needle.app.cli;

import dev.needle.app.intel.LocalIntel;
import dev.needle.app.json.Json;
import dev.needle.core.indicator.Indicator;
import dev.needle.intel.ThreatEvent;
import dev.needle.intel.service.EventSearch;
import dev.needle.intel.service.IntelService;
import java.io.PrintWriter;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code needle intel attackers}: every named attacker in the readable datasets with its event
 * count, datasets and distinct indicators. It reads every event, so it takes as long as an
 * export; events without an attacker are left out.
 */
@Command(name = "attackers", mixinStandardHelpOptions = true,
        description = "Attackers with their events, datasets and indicators, most events first.")
final class AttackersCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private DataOption data;

    @Option(names = "--dataset", paramLabel = "NAME", split = ",",
            description = "Only these datasets (default: all readable).")
    private List<String> datasets;

    @Option(names = "--json", description = "Print a JSON array, with each attacker's"
            + " indicators.")
    private boolean json;

    @Override
    public Integer call() throws Exception {
        EventSearch search = EventSearch.everything();
        if (datasets != null) {
            search = search.inDatasets(datasets.toArray(String[]::new));
        }
        List<ThreatEvent> events;
        try (IntelService intel = data.openIntel()) {
            events = EventViews.all(intel, LocalIntel.principal(), search);
        }
        List<Attacker> attackers = tally(events);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.MAPPER.writerWithDefaultPrettyPrinter()
                    .writeValueAsString(attackers.stream().map(Attacker::asJson).toList()));
        } else {
            TextTable table = new TextTable(List.of("events", "indicators", "attacker",
                    "datasets"), List.of(true, true, false, false));
            attackers.forEach(a -> table.add(a.events(), a.indicatorCount(), a.name(),
                    a.datasetList()));
            table.print(out);
        }
        out.flush();
        return 0;
    }

    private static List<Attacker> tally(List<ThreatEvent> events) {
        Map<String, Attacker> byName = new TreeMap<>();
        for (ThreatEvent event : events) {
            if (!event.attacker().isBlank()) {
                byName.computeIfAbsent(event.attacker(), Attacker::new).add(event);
            }
        }
        return byName.values().stream()
                .sorted(Comparator.comparingLong(Attacker::events).reversed()
                        .thenComparing(Attacker::name))
                .toList();
    }

    /** One attacker's running totals while the events are read. */
    private static final class Attacker {

        private final String name;
        private long events;
        private final TreeSet<String> datasets = new TreeSet<>();
        private final TreeSet<Indicator> indicators = new TreeSet<>(
                Comparator.comparing((Indicator i) -> i.type().label())
                        .thenComparing(Indicator::value));

        Attacker(String name) {
            this.name = name;
        }

        void add(ThreatEvent event) {
            events++;
            datasets.add(event.dataset());
            indicators.addAll(event.indicators());
        }

        String name() {
            return name;
        }

        long events() {
            return events;
        }

        String datasetList() {
            return String.join(", ", datasets);
        }

        int indicatorCount() {
            return indicators.size();
        }

        Map<String, Object> asJson() {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("attacker", name);
            json.put("events", events);
            json.put("datasets", List.copyOf(datasets));
            json.put("indicatorCount", indicators.size());
            json.put("indicators", indicators.stream().map(EventViews::asJson).toList());
            return json;
        }
    }
}
