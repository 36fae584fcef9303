package dev.needle.traffic.internal.findings;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** Reading the store's UTC {@code TIMESTAMP} values and closing windows around them. */
final class Timestamps {

    private Timestamps() {
    }

    /** The instant in column {@code column}, which must not be NULL. */
    static Instant read(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, LocalDateTime.class).toInstant(ZoneOffset.UTC);
    }

    /**
     * The exclusive end of a window whose last request was at {@code last}: the next whole
     * second, so that the window reads as whole seconds and still holds that request.
     */
    static Instant endAfter(Instant last) {
        return last.truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
    }

    /** An instant to the second, as summaries print it. */
    static String show(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
