package dev.needle.app.cli;

import dev.needle.app.intel.LocalIntel;
import dev.needle.app.json.Json;
import dev.needle.intel.service.AggregateQuery;
import dev.needle.intel.service.Dataset;
import dev.needle.intel.service.IntelService;
import dev.needle.intel.service.Principal;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code needle intel datasets}: the datasets the local organisation may read. */
@Command(name = "datasets", mixinStandardHelpOptions = true,
        description = "The datasets readable here, with owner, sharing and event count.")
final class DatasetsCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private DataOption data;

    @Option(names = "--json", description = "Print a JSON array of datasets.")
    private boolean json;

    @Override
    public Integer call() throws Exception {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (IntelService intel = data.openIntel()) {
            Principal local = LocalIntel.principal();
            for (Dataset dataset : intel.listDatasets(local)) {
                long events = intel.aggregate(local, AggregateQuery.counting()
                        .inDatasets(dataset.name())).total();
                rows.add(row(dataset, events));
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(rows));
        } else {
            TextTable table = new TextTable(List.of("events", "owner", "sharing", "name"),
                    List.of(true, false, false, false));
            rows.forEach(r -> table.add(r.get("events"), r.get("owner"), sharingText(r),
                    r.get("name")));
            table.print(out);
        }
        out.flush();
        return 0;
    }

    private static Map<String, Object> row(Dataset dataset, long events) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("name", dataset.name());
        row.put("owner", dataset.owner());
        row.put("visibility", dataset.sharing().visibility().label());
        row.put("partners", dataset.sharing().partners().stream().sorted().toList());
        row.put("events", events);
        row.put("createdAt", dataset.createdAt());
        return row;
    }

    private static String sharingText(Map<String, Object> row) {
        List<?> partners = (List<?>) row.get("partners");
        return partners.isEmpty() ? String.valueOf(row.get("visibility"))
                : row.get("visibility") + " " + String.join(",", partners.stream()
                        .map(String::valueOf).toList());
    }
}
