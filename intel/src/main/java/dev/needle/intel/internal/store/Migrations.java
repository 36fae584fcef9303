package dev.needle.intel.internal.store;

import dev.needle.intel.service.IntelStoreException;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/** Brings a store's tables to the current version with Flyway. */
final class Migrations {

    private Migrations() {
    }

    /** Applies the migrations at {@code location}, inside {@code schema} when given. */
    static void apply(DataSource dataSource, String location, Optional<String> schema,
            String what) {
        var config = Flyway.configure()
                .dataSource(dataSource)
                .locations(location)
                .cleanDisabled(true);
        if (schema.isPresent()) {
            config = config.schemas(schema.get()).defaultSchema(schema.get()).createSchemas(true);
        }
        try {
            config.load().migrate();
        } catch (FlywayException e) {
            throw new IntelStoreException("cannot migrate " + what + ": " + e.getMessage(), e);
        }
    }
}
