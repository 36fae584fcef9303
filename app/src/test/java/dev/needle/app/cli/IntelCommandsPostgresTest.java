package dev.needle.app.cli;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The intel commands on PostgreSQL through {@code --db}, from {@code NEEDLE_TEST_PG_URL}. The
 * registry is shared by every run, so datasets and organisations get unique names. Without the
 * variable these tests fail rather than skip: a missing database must not pass silently.
 */
class IntelCommandsPostgresTest extends IntelCliContract {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);

    @Override
    List<String> storeOptions() {
        String url = Optional.ofNullable(System.getenv("NEEDLE_TEST_PG_URL"))
                .filter(u -> !u.isBlank())
                .orElseThrow(() -> new AssertionError("NEEDLE_TEST_PG_URL is not set; point it"
                        + " at a PostgreSQL database, e.g."
                        + " postgresql://needle:needle@127.0.0.1:5432/needle"));
        return List.of("--db", url);
    }

    @Override
    String dataset(String base) {
        return base + "-" + RUN;
    }
}
