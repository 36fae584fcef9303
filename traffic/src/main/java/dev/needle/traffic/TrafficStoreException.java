package dev.needle.traffic;

import java.nio.file.Path;
import java.sql.SQLException;

/** The traffic store could not be opened, read or written; the message says what and where. */
public final class TrafficStoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public TrafficStoreException(String message) {
        super(message);
    }

    public TrafficStoreException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Wraps a failure to open {@code file}, saying plainly when another process holds it. */
    public static TrafficStoreException opening(Path file, SQLException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("lock")) {
            return new TrafficStoreException("the traffic store " + file + " is in use by another"
                    + " Needle process (stop it, or use another --data dir): " + firstLine(message),
                    e);
        }
        return new TrafficStoreException("cannot open the traffic store " + file + ": "
                + firstLine(message), e);
    }

    /** Wraps a failed statement, naming what was being done. */
    public static TrafficStoreException failed(String doing, SQLException e) {
        return new TrafficStoreException(
                doing + " failed: " + firstLine(String.valueOf(e.getMessage())),
                e);
    }

    private static String firstLine(String message) {
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
