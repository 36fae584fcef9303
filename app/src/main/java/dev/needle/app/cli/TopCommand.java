package dev.needle.app.cli;

import dev.needle.app.json.Json;
import dev.needle.traffic.DuckDbTrafficService;
import dev.needle.traffic.TopEntry;
import dev.needle.traffic.TrafficField;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code needle top FIELD}: the most frequent values of a field. */
@Command(name = "top", mixinStandardHelpOptions = true,
        description = "Most frequent values of FIELD: ip, path, status, method, host, ua,"
                + " referer, country, asn.")
final class TopCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private DataOption data;

    @Mixin
    private QueryOptions selection;

    @Parameters(paramLabel = "FIELD", description = "The field to rank.")
    private String field;

    @Option(names = "-n", paramLabel = "N", defaultValue = "10",
            description = "How many values (default: ${DEFAULT-VALUE}).")
    private int limit;

    @Option(names = "--json", description = "Print a JSON array of {FIELD: value, count}.")
    private boolean json;

    @Override
    public Integer call() throws Exception {
        TrafficField parsed = TrafficField.parse(field);
        List<TopEntry> top;
        try (DuckDbTrafficService traffic = data.openExistingTraffic()) {
            top = traffic.top(parsed, selection.query(Clock.systemUTC()), limit);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.MAPPER.writeValueAsString(Json.topList(parsed, top)));
        } else {
            TextTable table = new TextTable(List.of("count", parsed.label()),
                    List.of(true, false));
            top.forEach(entry -> table.add(entry.count(), entry.value()));
            table.print(out);
        }
        out.flush();
        return 0;
    }
}
