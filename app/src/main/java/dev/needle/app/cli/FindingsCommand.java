package dev.needle.app.cli;

import dev.needle.app.json.Json;
import dev.needle.traffic.DuckDbTrafficService;
import dev.needle.traffic.Finding;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code needle findings}: what in the traffic should start an investigation. */
@Command(name = "findings", mixinStandardHelpOptions = true,
        description = "Spikes, brute force and scanning found in the traffic, most severe first.")
final class FindingsCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private DataOption data;

    @Mixin
    private QueryOptions selection;

    @Option(names = "--json", description = "Print a JSON array of findings.")
    private boolean json;

    @Override
    public Integer call() throws Exception {
        List<Finding> findings;
        try (DuckDbTrafficService traffic = data.openExistingTraffic()) {
            findings = traffic.findings(selection.query(Clock.systemUTC()));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(findings));
        } else if (findings.isEmpty()) {
            out.println("no findings");
        } else {
            for (Finding f : findings) {
                out.printf(Locale.ROOT, "%-8s %-13s %s = %s  [%s .. %s]%n", f.severity(),
                        f.kind(), f.subjectField(), TextTable.printable(f.subject()),
                        f.windowStart(), f.windowEnd());
                out.println("         " + TextTable.printable(f.summary(), 400));
                String top = f.contributors().stream().limit(5)
                        .map(c -> TextTable.printable(c.value()) + " (" + c.count() + ")")
                        .collect(Collectors.joining(", "));
                if (!top.isEmpty()) {
                    out.println("         top " + f.contributors().get(0).field() + ": " + top);
                }
            }
        }
        out.flush();
        return 0;
    }
}
