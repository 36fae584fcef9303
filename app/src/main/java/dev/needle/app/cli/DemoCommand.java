package dev.needle.app.cli;

import dev.needle.app.NeedleParts;
import dev.needle.app.http.NeedleServer;
import dev.needle.app.intel.LocalIntel;
import dev.needle.traffic.DuckDbTrafficService;
import dev.needle.traffic.FileReport;
import dev.needle.traffic.IngestReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
 * {@code needle demo}: a fresh store of the real sample logs shipped in the jar, served with a
 * list of things to try. The demo data dir is emptied of Needle's stores first, so every demo
 * starts the same way; nothing else in it is touched.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Ingest the shipped real sample logs into a fresh data dir and serve them.")
final class DemoCommand implements Callable<Integer> {

    static final List<String> LOGS =
            List.of("elastic_examples_apache_logs.log", "logparser_hackers-access.log");
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

    @Option(names = "--no-wait", description = "Stop after starting instead of serving until"
            + " Ctrl-C (for scripts and tests).")
    private boolean noWait;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        List<Path> logs = freshDataDir();
        NeedleParts parts = new NeedleParts(DuckDbTrafficService.open(dir),
                LocalIntel.open(dir, Optional.empty()));
        NeedleServer running;
        try {
            IngestReport report = parts.traffic().ingest(logs, Optional.empty());
            printIngest(out, report);
            running = ServerLifecycle.start(server.config(), parts);
        } catch (RuntimeException e) {
            parts.close();
            throw e;
        }
        printWhatToTry(out, running.port());
        out.flush();
        if (noWait) {
            running.close();
            parts.close();
            return 0;
        }
        ServerLifecycle.awaitShutdown(running, parts);
        return 0;
    }

    /** Removes the previous demo's stores and writes the shipped logs into the data dir. */
    private List<Path> freshDataDir() throws IOException {
        Files.createDirectories(dir);
        for (String name : STORE_FILES) {
            Files.deleteIfExists(dir.resolve(name));
        }
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

    private static void printIngest(PrintWriter out, IngestReport report) {
        for (FileReport file : report.files()) {
            out.printf(Locale.ROOT, "ingested %s: %,d rows%n",
                    Path.of(file.source()).getFileName(), file.rowsStored());
        }
    }

    private void printWhatToTry(PrintWriter out, int port) {
        String base = "http://" + server.bind + ":" + port;
        String data = dir.toString();
        out.printf(Locale.ROOT, """

                Needle demo is up: %1$s/

                Try in a browser:
                  %1$s/                       traffic overview; click a top value to filter
                Try the API:
                  curl '%1$s/api/v1/traffic/top?field=ip&n=5'
                  curl '%1$s/api/v1/traffic/findings'
                  curl '%1$s/api/v1/openapi.json'
                After stopping the demo (Ctrl-C), the CLI reads the same data:
                  ./needle top ip -n 5 --data %2$s
                  ./needle top path --where 'status >= 400' --data %2$s
                  ./needle findings --data %2$s
                """, base, data);
    }
}
