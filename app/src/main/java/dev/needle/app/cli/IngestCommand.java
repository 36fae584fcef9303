package dev.needle.app.cli;

import dev.needle.app.json.Json;
import dev.needle.traffic.DuckDbTrafficService;
import dev.needle.traffic.FileReport;
import dev.needle.traffic.IngestReport;
import dev.needle.traffic.LogFormat;
import dev.needle.traffic.Rejection;
import java.io.PrintWriter;
import java.nio.file.Path;
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
 * {@code needle ingest}: reads access logs into the traffic store. Exits 0 when every source was
 * read to its end (rejected lines are reported, not fatal) and 1 when a source could not be read
 * or recognised.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Read access logs (combined, common, Cloudflare JSON lines; gzip too)"
                + " into the traffic store. A file read before continues where it stopped.")
final class IngestCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private DataOption data;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Log files; - for stdin.")
    private List<Path> files;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "combined, common or cloudflare-json (default: detected per file).")
    private String format;

    @Option(names = "--json", description = "Print the report as JSON.")
    private boolean json;

    @Override
    public Integer call() throws Exception {
        Optional<LogFormat> forced = Optional.ofNullable(format).map(LogFormat::parse);
        IngestReport report;
        try (DuckDbTrafficService traffic = DuckDbTrafficService.open(data.dir)) {
            report = traffic.ingest(files, forced);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.MAPPER.writerWithDefaultPrettyPrinter()
                    .writeValueAsString(asJson(report)));
        } else {
            printText(report, out, spec.commandLine().getErr());
        }
        out.flush();
        boolean failed = report.files().stream().anyMatch(f -> f.error().isPresent());
        return failed ? 1 : 0;
    }

    private static Map<String, Object> asJson(IngestReport report) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("linesRead", report.linesRead());
        json.put("rowsStored", report.rowsStored());
        json.put("linesRejected", report.linesRejected());
        json.put("elapsedMillis", report.elapsed().toMillis());
        json.put("linesPerSecond", Math.round(report.linesPerSecond()));
        json.put("files", report.files());
        return json;
    }

    private static void printText(IngestReport report, PrintWriter out, PrintWriter err) {
        for (FileReport file : report.files()) {
            out.printf(Locale.ROOT, "%s: %s, %,d lines read, %,d rows stored, %,d rejected%s%n",
                    TextTable.printable(file.source()),
                    file.format().map(LogFormat::label).orElse("format unknown"),
                    file.linesRead(), file.rowsStored(), file.linesRejected(),
                    file.linesAlreadyIngested() > 0 ? String.format(Locale.ROOT,
                            " (%,d lines were stored before)", file.linesAlreadyIngested()) : "");
            for (Rejection rejection : file.firstRejections()) {
                out.println("  rejected " + TextTable.printable(rejection.toString()));
            }
            if (file.linesRejected() > file.firstRejections().size()) {
                out.printf(Locale.ROOT, "  ... and %,d more rejected lines%n",
                        file.linesRejected() - file.firstRejections().size());
            }
            file.notes().forEach(note -> out.println("  note: " + TextTable.printable(note)));
            file.error().ifPresent(error -> err.println("needle ingest: "
                    + TextTable.printable(file.source()) + ": " + error));
        }
        out.printf(Locale.ROOT, "total: %,d lines read, %,d rows stored, %,d rejected in %.2f s"
                + " (%,.0f lines/s)%n", report.linesRead(), report.rowsStored(),
                report.linesRejected(), report.elapsed().toNanos() / 1e9,
                report.linesPerSecond());
        err.flush();
    }
}
