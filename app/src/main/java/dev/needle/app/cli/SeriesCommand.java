package dev.needle.app.cli;

import dev.needle.app.json.Json;
import dev.needle.traffic.Bucket;
import dev.needle.traffic.DuckDbTrafficService;
import dev.needle.traffic.Series;
import dev.needle.traffic.TrafficField;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code needle series}: request counts per time bucket, optionally split by a field. */
@Command(name = "series", mixinStandardHelpOptions = true,
        description = "Requests per time bucket, optionally split by a field's top values.")
final class SeriesCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private DataOption data;

    @Mixin
    private QueryOptions selection;

    @Option(names = "--bucket", paramLabel = "WIDTH", defaultValue = "1h",
            description = "1m, 1h or 1d (default: ${DEFAULT-VALUE}).")
    private String bucket;

    @Option(names = "--split", paramLabel = "FIELD",
            description = "Split by this field, one series per top value.")
    private String split;

    @Option(names = "-n", paramLabel = "N", defaultValue = "5",
            description = "With --split, how many values get a series (default: ${DEFAULT-VALUE}).")
    private int limit;

    @Option(names = "--json", description = "Print JSON: {bucket, series: [{key, points}]}.")
    private boolean json;

    @Override
    public Integer call() throws Exception {
        Bucket width = Bucket.parse(bucket);
        Optional<TrafficField> splitBy = Optional.ofNullable(split).map(TrafficField::parse);
        List<Series> series;
        try (DuckDbTrafficService traffic = data.openExistingTraffic()) {
            series = traffic.series(width, splitBy, selection.query(Clock.systemUTC()), limit);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> object = new LinkedHashMap<>();
            object.put("bucket", width.label());
            splitBy.ifPresent(f -> object.put("split", f.label()));
            object.put("series", series);
            out.println(Json.MAPPER.writeValueAsString(object));
        } else {
            TextTable table = new TextTable(List.of("time", "series", "count"),
                    List.of(false, false, true));
            for (Series s : series) {
                s.points().forEach(p -> table.add(p.time(), s.key(), p.count()));
            }
            table.print(out);
        }
        out.flush();
        return 0;
    }
}
