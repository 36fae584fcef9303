package dev.needle.app.cli;

import dev.needle.app.intel.LocalIntel;
import dev.needle.app.json.Json;
import dev.needle.core.indicator.IndicatorType;
import dev.needle.intel.ImportException;
import dev.needle.intel.ImportWarning;
import dev.needle.intel.ParsedFeed;
import dev.needle.intel.feed.CsvMapping;
import dev.needle.intel.feed.FeedDetector;
import dev.needle.intel.feed.FeedFormat;
import dev.needle.intel.feed.FeedImporter;
import dev.needle.intel.service.DatasetSpec;
import dev.needle.intel.service.ImportResult;
import dev.needle.intel.service.IntelService;
import dev.needle.intel.service.Principal;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * {@code needle intel import}: reads feed files into a dataset, each file in one transaction,
 * so a file that breaks stores nothing and the files before it stay stored. Exits 0 when every
 * file was stored and 2 when one could not be read; the others are still imported.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import feed files (STIX, MISP event, MISP feed directory, Feodo Tracker,"
                + " URLhaus, ThreatFox, SSLBL JA3, OpenIOC, CSV) into a dataset.")
final class IntelImportCommand implements Callable<Integer> {

    private static final int SHOWN_WARNINGS = 10;

    @Spec
    private CommandSpec spec;

    @Mixin
    private DataOption data;

    @Parameters(paramLabel = "FILE", arity = "1..*",
            description = "Feed files; a MISP feed is its directory.")
    private List<Path> files;

    @Option(names = "--dataset", paramLabel = "NAME", required = true,
            description = "The dataset to import into; created private when it does not exist.")
    private String dataset;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "stix, misp-event, misp-feed, feodotracker, urlhaus, threatfox,"
                    + " sslbl-ja3, openioc or csv (default: detected per file).")
    private String format;

    @Option(names = "--value-column", paramLabel = "COLUMN",
            description = "CSV: the column holding the indicator (needed for --format csv).")
    private String valueColumn;

    @Option(names = "--type", paramLabel = "TYPE",
            description = "CSV: the type of every value, such as ipv4 (default: detected).")
    private String type;

    @Option(names = "--type-column", paramLabel = "COLUMN",
            description = "CSV: the column naming each value's type.")
    private String typeColumn;

    @Option(names = "--attacker-column", paramLabel = "COLUMN",
            description = "CSV: the column naming the attacker.")
    private String attackerColumn;

    @Option(names = "--date-column", paramLabel = "COLUMN",
            description = "CSV: the column with the event's date.")
    private String dateColumn;

    @Option(names = "--json", description = "Print the report as JSON.")
    private boolean json;

    @Override
    public Integer call() throws Exception {
        DatasetSpec.requireValidName(dataset);
        Optional<FeedFormat> forced = Optional.ofNullable(format).map(FeedFormat::parse);
        Optional<CsvMapping> mapping = csvMapping(forced);
        List<FileOutcome> outcomes = new ArrayList<>();
        try (IntelService intel = data.openIntel()) {
            for (Path file : files) {
                outcomes.add(importFile(intel, file, forced, mapping));
            }
        }
        print(outcomes);
        return outcomes.stream().anyMatch(o -> o.error().isPresent()) ? ErrorHandler.BAD_INPUT
                : 0;
    }

    private Optional<CsvMapping> csvMapping(Optional<FeedFormat> forced) {
        boolean csv = forced.filter(f -> f == FeedFormat.CSV).isPresent();
        if (!csv) {
            if (valueColumn != null || type != null || typeColumn != null
                    || attackerColumn != null || dateColumn != null) {
                throw new CliException("the CSV column options need --format csv");
            }
            return Optional.empty();
        }
        if (valueColumn == null) {
            throw new CliException("--format csv needs --value-column COLUMN");
        }
        CsvMapping mapping = type != null ? CsvMapping.of(valueColumn, IndicatorType.parse(type))
                : typeColumn != null ? CsvMapping.withTypeColumn(valueColumn, typeColumn)
                : CsvMapping.detecting(valueColumn);
        if (attackerColumn != null) {
            mapping = mapping.withAttacker(attackerColumn);
        }
        if (dateColumn != null) {
            mapping = mapping.withDate(dateColumn);
        }
        return Optional.of(mapping);
    }

    private FileOutcome importFile(IntelService intel, Path file, Optional<FeedFormat> forced,
            Optional<CsvMapping> mapping) {
        String name = file.toString();
        try {
            if (!Files.exists(file)) {
                throw new ImportException(name, "no such file or directory");
            }
            FeedFormat feedFormat = forced.isPresent() ? forced.get() : FeedDetector.detect(file);
            FeedImporter importer = mapping.isPresent() ? FeedImporter.csv(mapping.get())
                    : feedFormat == FeedFormat.CSV ? unmappedCsv(file)
                    : FeedImporter.of(feedFormat);
            ParsedFeed feed = importer.parse(file, dataset);
            ImportResult result = intel.importFeed(principalFor(intel), dataset, feed);
            return FileOutcome.stored(name, feedFormat, result);
        } catch (ImportException e) {
            return FileOutcome.failed(name, e.getMessage());
        } catch (IllegalArgumentException e) {
            return FileOutcome.failed(name, name + ": " + e.getMessage());
        }
    }

    private static FeedImporter unmappedCsv(Path file) throws ImportException {
        throw new ImportException(file.toString(), "a CSV file of no known feed; import it"
                + " with --format csv --value-column COLUMN");
    }

    /** The CLI's principal, once the dataset exists: created only when a file parsed. */
    private Principal principalFor(IntelService intel) {
        Principal local = LocalIntel.principal();
        if (intel.dataset(local, dataset).isEmpty()) {
            intel.createDataset(local, DatasetSpec.named(dataset));
        }
        return local;
    }

    private void print(List<FileOutcome> outcomes) throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (json) {
            Map<String, Object> report = new LinkedHashMap<>();
            report.put("dataset", dataset);
            report.put("added", outcomes.stream().mapToInt(FileOutcome::added).sum());
            report.put("replaced", outcomes.stream().mapToInt(FileOutcome::replaced).sum());
            report.put("files", outcomes.stream().map(FileOutcome::asJson).toList());
            out.println(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(report));
        } else {
            outcomes.forEach(outcome -> printText(outcome, out));
        }
        outcomes.forEach(o -> o.error().ifPresent(error ->
                err.println("needle intel import: " + TextTable.printable(error, 400))));
        out.flush();
        err.flush();
    }

    private void printText(FileOutcome outcome, PrintWriter out) {
        if (outcome.error().isPresent()) {
            out.println(TextTable.printable(outcome.file(), 400) + ": nothing stored");
            return;
        }
        out.printf(Locale.ROOT, "%s: %s, %,d events added, %,d replaced in dataset %s,"
                + " %,d warnings%n", TextTable.printable(outcome.file(), 400),
                outcome.format().map(FeedFormat::label).orElse(""), outcome.added(),
                outcome.replaced(), TextTable.printable(dataset), outcome.warnings().size());
        outcome.warnings().stream().limit(SHOWN_WARNINGS).forEach(warning ->
                out.println("  warning " + TextTable.printable(warning.toString(), 400)));
        if (outcome.warnings().size() > SHOWN_WARNINGS) {
            out.printf(Locale.ROOT, "  ... and %,d more warnings%n",
                    outcome.warnings().size() - SHOWN_WARNINGS);
        }
    }

    /** What became of one file. */
    private record FileOutcome(String file, Optional<FeedFormat> format, int added, int replaced,
            List<ImportWarning> warnings, Optional<String> error) {

        static FileOutcome stored(String file, FeedFormat format, ImportResult result) {
            return new FileOutcome(file, Optional.of(format), result.added(), result.replaced(),
                    result.warnings(), Optional.empty());
        }

        static FileOutcome failed(String file, String error) {
            return new FileOutcome(file, Optional.empty(), 0, 0, List.of(), Optional.of(error));
        }

        Map<String, Object> asJson() {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("file", file);
            format.ifPresent(f -> json.put("format", f.label()));
            json.put("added", added);
            json.put("replaced", replaced);
            json.put("warnings", warnings.size());
            json.put("firstWarnings", warnings.stream().limit(SHOWN_WARNINGS)
                    .map(w -> Map.of("place", w.place(), "message", w.message())).toList());
            error.ifPresent(e -> json.put("error", e));
            return json;
        }
    }
}
