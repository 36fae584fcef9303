package dev.needle.intel.internal.store;

import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.NoTemplateEngine;

/** Jdbi as the stores use it: statements are generated whole, so no template engine runs. */
final class SqlAccess {

    private SqlAccess() {
    }

    static Jdbi over(DataSource dataSource) {
        Jdbi jdbi = Jdbi.create(dataSource);
        jdbi.setTemplateEngine(new NoTemplateEngine());
        return jdbi;
    }
}
