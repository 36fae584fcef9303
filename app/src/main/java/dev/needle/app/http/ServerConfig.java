package dev.needle.app.http;

import java.util.Objects;

/**
 * Where the HTTP server listens.
 *
 * @param bind the address to bind, such as {@code 127.0.0.1}
 * @param port the TCP port, or 0 for any free port
 */
public record ServerConfig(String bind, int port) {

    /** The address the server binds when none is given: the loopback only. */
    public static final String DEFAULT_BIND = "127.0.0.1";

    /** The port the server listens on when none is given. */
    public static final int DEFAULT_PORT = 8080;

    public ServerConfig {
        Objects.requireNonNull(bind, "bind");
        if (bind.isBlank()) {
            throw new IllegalArgumentException("bind address is blank");
        }
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port " + port + " must be 0 to 65535");
        }
    }

    /** The default address and port. */
    public static ServerConfig defaults() {
        return new ServerConfig(DEFAULT_BIND, DEFAULT_PORT);
    }
}
