package dev.needle.app.cli;

import dev.needle.app.NeedleParts;
import dev.needle.app.analyst.AnalystRef;
import dev.needle.app.http.NeedleServer;
import dev.needle.app.intel.LocalIntel;
import dev.needle.intel.ImportException;
import dev.needle.intel.ParsedFeed;
import dev.needle.intel.feed.FeedImporter;
import dev.needle.intel.service.DatasetSpec;
import dev.needle.intel.service.ImportResult;
import dev.needle.intel.service.IntelService;
import dev.needle.intel.service.IssuedToken;
import dev.needle.intel.service.Scope;
import dev.needle.traffic.DuckDbTrafficService;
import dev.needle.traffic.FileReport;
import dev.needle.traffic.IngestReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code needle demo}: fresh stores of the real sample logs and feeds shipped in the jar, served
 * with a list of things to try and a read token for the intel pages. The demo data dir is
 * emptied of Needle's stores first, so every demo starts the same way; nothing else in it is
 * touched.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Ingest the shipped real sample logs into a fresh data dir and serve them.")
final class DemoCommand implements Callable<Integer> {

    static final List<String> LOGS =
            List.of("elastic_examples_apache_logs.log", "logparser_hackers-access.log");
    /** Shipped feeds and the dataset each goes into. */
    static final List<Map.Entry<String, String>> FEEDS = List.of(
            Map.entry("feodotracker_ipblocklist.csv", "feodo"),
            Map.entry("oasis_apt1.json", "apt1"));
    private static final List<String> STORE_FILES =
            List.of("traffic.duckdb", "traffic.duckdb.wal");

    @Spec
    private CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "needle-demo",
            description = "Data dir for the demo (default: ${DEFAULT-VALUE}); its stores are"
                    + " replaced.")
    private Path dir;

    @Mixin
    private ServerOptions server;

    @Mixin
    private LlmOptions llm;

    @Option(names = "--no-wait", description = "Stop after starting instead of serving until"
            + " Ctrl-C (for scripts and tests).")
    private boolean noWait;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        List<Path> logs = freshDataDir();
        Map<Path, String> feeds = shippedFeeds();
        DuckDbTrafficService traffic = DuckDbTrafficService.open(dir);
        IntelService intel = LocalIntel.open(dir, Optional.empty());
        NeedleParts parts = new NeedleParts(traffic, intel, AnalystRef.of(dir, Optional.empty(),
                traffic, intel, llm.choice()));
        NeedleServer running;
        try {
            IngestReport report = parts.traffic().ingest(logs, Optional.empty());
            printIngest(out, report);
            importFeeds(out, parts.intel(), feeds);
            running = ServerLifecycle.start(server.config(), parts);
        } catch (RuntimeException e) {
            parts.close();
            throw e;
        }
        IssuedToken token = parts.intel().issueToken(LocalIntel.ORGANISATION,
                Set.of(Scope.READ), "demo");
        printWhatToTry(out, running.port(), token.secret());
        out.flush();
        if (noWait) {
            running.close();
            parts.close();
            return 0;
        }
        parts.analyst().warmUp();
        ServerLifecycle.awaitShutdown(running, parts);
        return 0;
    }

    /** Removes the previous demo's stores and writes the shipped logs into the data dir. */
    private List<Path> freshDataDir() throws IOException {
        Files.createDirectories(dir);
        for (String name : STORE_FILES) {
            Files.deleteIfExists(dir.resolve(name));
        }
        deleteTree(dir.resolve("intel"));
        deleteTree(dir.resolve("analyst"));
        Path logDir = Files.createDirectories(dir.resolve("logs"));
        List<Path> logs = new ArrayList<>();
        for (String name : LOGS) {
            Path target = logDir.resolve(name);
            try (InputStream in = DemoCommand.class.getResourceAsStream("/demo/" + name)) {
                if (in == null) {
                    throw new IllegalStateException("demo log " + name + " missing from the jar");
                }
                Files.copy(in, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            logs.add(target);
        }
        return logs;
    }

    /** Writes the shipped feeds into the data dir, each with the dataset it goes into. */
    private Map<Path, String> shippedFeeds() throws IOException {
        Path feedDir = Files.createDirectories(dir.resolve("feeds"));
        Map<Path, String> feeds = new LinkedHashMap<>();
        for (Map.Entry<String, String> feed : FEEDS) {
            Path target = feedDir.resolve(feed.getKey());
            try (InputStream in = DemoCommand.class.getResourceAsStream(
                    "/demo/feeds/" + feed.getKey())) {
                if (in == null) {
                    throw new IllegalStateException("demo feed " + feed.getKey()
                            + " missing from the jar");
                }
                Files.copy(in, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            feeds.put(target, feed.getValue());
        }
        return feeds;
    }

    private static void importFeeds(PrintWriter out, IntelService intel, Map<Path, String> feeds) {
        for (Map.Entry<Path, String> feed : feeds.entrySet()) {
            try {
                ParsedFeed parsed = FeedImporter.detectAndParse(feed.getKey(), feed.getValue());
                intel.createDataset(LocalIntel.principal(), DatasetSpec.named(feed.getValue()));
                ImportResult result = intel.importFeed(LocalIntel.principal(), feed.getValue(),
                        parsed);
                out.printf(Locale.ROOT, "imported %s: %,d events into dataset %s%n",
                        feed.getKey().getFileName(), result.added(), feed.getValue());
            } catch (ImportException e) {
                throw new IllegalStateException("a shipped demo feed does not import: "
                        + e.getMessage(), e);
            }
        }
    }

    /** Deletes {@code root} and everything below it, when it exists. */
    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static void printIngest(PrintWriter out, IngestReport report) {
        for (FileReport file : report.files()) {
            out.printf(Locale.ROOT, "ingested %s: %,d rows%n",
                    Path.of(file.source()).getFileName(), file.rowsStored());
        }
    }

    private void printWhatToTry(PrintWriter out, int port, String token) {
        String base = "http://" + server.bind + ":" + port;
        String data = dir.toString();
        out.printf(Locale.ROOT, """

                Needle demo is up: %1$s/

                Try in a browser:
                  %1$s/                       traffic overview; click a top value to filter
                  %1$s/login                  intel pages; log in with this read token:
                    %3$s
                  %1$s/analyst                questions in plain words (same login)
                Try the API:
                  curl '%1$s/api/v1/traffic/top?field=ip&n=5'
                  curl '%1$s/api/v1/traffic/findings'
                  curl '%1$s/api/v1/openapi.json'
                  curl -H 'Authorization: Bearer %3$s' '%1$s/api/v1/events?dataset=all'
                  curl -H 'Authorization: Bearer %3$s' -d '{"question": "top 5 IPs"}' \\
                    '%1$s/api/v1/analyst/conversations'
                After stopping the demo (Ctrl-C), the CLI reads the same data:
                  ./needle top ip -n 5 --data %2$s
                  ./needle top path --where 'status >= 400' --data %2$s
                  ./needle findings --data %2$s
                  ./needle ioc traffic --data %2$s
                  ./needle intel attackers --data %2$s
                  ./needle ask "what are the top 5 IP addresses?" --data %2$s
                  ./needle chat --data %2$s
                """, base, data, token);
    }
}
