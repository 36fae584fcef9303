package dev.needle.app.cli;

import ch.qos.logback.classic.Level;
import dev.needle.app.http.NeedleServer;
import dev.needle.app.http.ServerConfig;
import dev.needle.app.NeedleParts;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Starts the server for {@code serve} and {@code demo}, and keeps it up until the JVM stops. */
final class ServerLifecycle {

    private ServerLifecycle() {
    }

    /** Starts the server; a port already in use is a bad-input error naming the port. */
    static NeedleServer start(ServerConfig config, NeedleParts parts) {
        showLifecycleLogs();
        try {
            return NeedleServer.start(config, parts);
        } catch (RuntimeException e) {
            if (isAddressInUse(e)) {
                throw new CliException("cannot listen on " + config.bind() + ":" + config.port()
                        + ": the address is in use; choose another with --port");
            }
            throw e;
        }
    }

    /** Blocks until the process is asked to stop, then closes the server and the stores. */
    static void awaitShutdown(NeedleServer server, NeedleParts parts) {
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            parts.close();
            stopped.countDown();
        }, "needle-shutdown"));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean isAddressInUse(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.net.BindException) {
                return true;
            }
        }
        return false;
    }

    /** The CLI logs warnings only; a server also reports its lifecycle at INFO. */
    private static void showLifecycleLogs() {
        Logger root = LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);
        if (root instanceof ch.qos.logback.classic.Logger logback
                && System.getProperty("needle.log.level") == null) {
            logback.setLevel(Level.INFO);
        }
    }
}
