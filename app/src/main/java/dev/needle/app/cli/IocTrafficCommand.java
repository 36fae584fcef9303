package dev.needle.app.cli;

import dev.needle.app.intel.LocalIntel;
import dev.needle.app.json.Json;
import dev.needle.core.indicator.Indicator;
import dev.needle.core.indicator.IndicatorNormalizer;
import dev.needle.intel.ThreatEvent;
import dev.needle.intel.service.IndicatorMatch;
import dev.needle.intel.service.IntelService;
import dev.needle.intel.service.MatchedEvent;
import dev.needle.traffic.DuckDbTrafficService;
import dev.needle.traffic.TopEntry;
import dev.needle.traffic.TrafficField;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code needle ioc traffic}: which client IPs seen in the traffic are known in intel, with
 * their request counts. Only the {@value #MAX_CLIENTS} busiest client IPs of the selection are
 * looked up; the command says so when there were more.
 */
@Command(name = "traffic", mixinStandardHelpOptions = true,
        description = "Client IPs in the traffic that intel knows, busiest first.")
final class IocTrafficCommand implements Callable<Integer> {

    static final int MAX_CLIENTS = 100_000;

    @Spec
    private CommandSpec spec;

    @Mixin
    private DataOption data;

    @Mixin
    private QueryOptions selection;

    @Option(names = "--json", description = "Print a JSON array of known client IPs.")
    private boolean json;

    @Override
    public Integer call() throws Exception {
        List<TopEntry> clients;
        try (DuckDbTrafficService traffic = data.openExistingTraffic()) {
            clients = traffic.top(TrafficField.IP, selection.query(Clock.systemUTC()),
                    MAX_CLIENTS);
        }
        List<KnownClient> known;
        try (IntelService intel = data.openIntel()) {
            known = lookUp(new IndicatorLookup(intel, LocalIntel.principal()), clients);
        }
        print(known, clients.size() == MAX_CLIENTS);
        return 0;
    }

    private static List<KnownClient> lookUp(IndicatorLookup lookup, List<TopEntry> clients) {
        Map<Indicator, Long> requests = new LinkedHashMap<>();
        for (TopEntry client : clients) {
            IndicatorNormalizer.detect(client.value())
                    .ifPresent(ip -> requests.merge(ip, client.count(), Long::sum));
        }
        List<KnownClient> known = new ArrayList<>();
        lookup.match(requests.keySet()).forEach((ip, match) ->
                known.add(KnownClient.of(ip, requests.get(ip), match, lookup)));
        return known;
    }

    private void print(List<KnownClient> known, boolean cut) throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(known));
        } else if (known.isEmpty()) {
            out.println("no client IP of the selection is known in intel");
        } else {
            TextTable table = new TextTable(List.of("requests", "score", "ip", "datasets",
                    "attackers"), List.of(true, true, false, false, false));
            known.forEach(k -> table.add(k.requests(), String.format("%.1f", k.score()),
                    k.ip(), String.join(", ", k.datasets()), String.join(", ", k.attackers())));
            table.print(out);
        }
        if (cut) {
            spec.commandLine().getErr().println("needle ioc traffic: only the " + MAX_CLIENTS
                    + " busiest client IPs were looked up; narrow the selection with --where,"
                    + " --since or --until");
        }
        out.flush();
    }

    /**
     * A client IP intel knows.
     *
     * @param ip the address as traffic recorded it, canonical
     * @param requests how many requests it made in the selection
     * @param score the best decayed score among its events
     * @param datasets the datasets of its events
     * @param attackers the named attackers of its events
     * @param matches its events
     */
    record KnownClient(String ip, long requests, double score, List<String> datasets,
            List<String> attackers, List<Map<String, Object>> matches) {

        static KnownClient of(Indicator ip, long requests, IndicatorMatch match,
                IndicatorLookup lookup) {
            TreeSet<String> datasets = new TreeSet<>();
            TreeSet<String> attackers = new TreeSet<>();
            for (MatchedEvent event : match.events()) {
                datasets.add(event.dataset());
                lookup.event(event).map(ThreatEvent::attacker).filter(a -> !a.isBlank())
                        .ifPresent(attackers::add);
            }
            return new KnownClient(ip.value(), requests, match.score(), List.copyOf(datasets),
                    List.copyOf(attackers), lookup.describe(match));
        }
    }
}
