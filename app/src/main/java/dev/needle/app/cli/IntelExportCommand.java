package dev.needle.app.cli;

import dev.needle.app.intel.LocalIntel;
import dev.needle.core.indicator.IndicatorType;
import dev.needle.intel.ThreatEvent;
import dev.needle.intel.export.EventExporter;
import dev.needle.intel.export.ExportFormat;
import dev.needle.intel.export.ExportSettings;
import dev.needle.intel.export.ExportSummary;
import dev.needle.intel.service.EventSearch;
import dev.needle.intel.service.IntelService;
import dev.needle.intel.service.SearchOperator;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code needle intel export}: writes the readable events as STIX, CSV, a blocklist or rules
 * for nginx, Suricata and Zeek. The summary (events, entries, skipped indicators) goes to
 * stderr so that stdout holds only the export.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export events: stix, csv, blocklist, nginx-geo, nginx-deny, suricata,"
                + " zeek.")
final class IntelExportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private DataOption data;

    @Option(names = "--format", paramLabel = "FORMAT", required = true,
            description = "stix, csv, blocklist, nginx-geo, nginx-deny, suricata or zeek.")
    private String format;

    @Option(names = "--dataset", paramLabel = "NAME", split = ",",
            description = "Only these datasets (default: all readable).")
    private List<String> datasets;

    @Option(names = "--type", paramLabel = "TYPE",
            description = "Only events with indicators of this type, such as ipv4; also the"
                    + " type a blocklist holds (default for blocklist: ipv4).")
    private String type;

    @Option(names = "--out", paramLabel = "FILE", description = "Write here, not to stdout.")
    private Path outFile;

    @Override
    public Integer call() throws Exception {
        ExportFormat exportFormat = ExportFormat.parse(format);
        Optional<IndicatorType> indicatorType = Optional.ofNullable(type)
                .map(IndicatorType::parse);
        EventSearch search = EventSearch.everything();
        if (datasets != null) {
            search = search.inDatasets(datasets.toArray(String[]::new));
        }
        if (indicatorType.isPresent()) {
            search = search.where("indicatorType", SearchOperator.EQUALS,
                    indicatorType.get().label());
        }
        List<ThreatEvent> events;
        try (IntelService intel = data.openIntel()) {
            events = EventViews.all(intel, LocalIntel.principal(), search);
        }
        ExportSettings settings = indicatorType.map(ExportSettings.defaults()::withBlocklistType)
                .orElse(ExportSettings.defaults());
        EventExporter exporter = EventExporter.of(exportFormat, settings);
        ExportSummary summary = write(exporter, events);
        report(summary);
        return 0;
    }

    private ExportSummary write(EventExporter exporter, List<ThreatEvent> events)
            throws Exception {
        if (outFile != null) {
            try (OutputStream file = Files.newOutputStream(outFile)) {
                return exporter.export(events, file);
            }
        }
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        ExportSummary summary = exporter.export(events, buffer);
        PrintWriter out = spec.commandLine().getOut();
        out.print(buffer.toString(StandardCharsets.UTF_8));
        out.flush();
        return summary;
    }

    private void report(ExportSummary summary) {
        PrintWriter err = spec.commandLine().getErr();
        err.printf(Locale.ROOT, "needle intel export: %s, %,d events, %,d entries, %,d indicators"
                + " skipped%n", summary.format().label(), summary.events(), summary.entries(),
                summary.skipped());
        summary.skipSamples().forEach(skip -> err.println("  skipped "
                + TextTable.printable(skip.toString(), 400)));
        err.flush();
    }
}
