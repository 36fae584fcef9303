package dev.needle.app.cli;

import dev.needle.app.http.NeedleServer;
import dev.needle.app.NeedleParts;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code needle serve}: the web UI and REST API over the data dir. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the web UI, the REST API (/api/v1), /health and /metrics.")
final class ServeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private DataOption data;

    @Mixin
    private ServerOptions server;

    @Mixin
    private LlmOptions llm;

    @Override
    public Integer call() {
        NeedleParts parts = data.openParts(llm.choice());
        NeedleServer running;
        try {
            running = ServerLifecycle.start(server.config(), parts);
        } catch (RuntimeException e) {
            parts.close();
            throw e;
        }
        spec.commandLine().getOut().printf("Needle is serving %s on http://%s:%d/ (Ctrl-C stops"
                + " it)%n", data.dir.toAbsolutePath(), server.bind, running.port());
        spec.commandLine().getOut().flush();
        parts.analyst().warmUp();
        ServerLifecycle.awaitShutdown(running, parts);
        return 0;
    }
}
