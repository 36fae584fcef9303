package dev.needle.app.cli;

import dev.needle.app.http.ServerConfig;
import picocli.CommandLine.Option;

/** Where the HTTP server listens: {@code --bind} and {@code --port}. */
final class ServerOptions {

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = ServerConfig.DEFAULT_BIND,
            description = "Address to listen on (default: ${DEFAULT-VALUE}). The server has no"
                    + " authentication yet: keep it on the loopback or behind a proxy.")
    String bind;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080",
            description = "Port to listen on; 0 for any free port (default: ${DEFAULT-VALUE}).")
    int port;

    ServerConfig config() {
        return new ServerConfig(bind, port);
    }
}
