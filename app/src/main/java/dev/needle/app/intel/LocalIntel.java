package dev.needle.app.intel;

import dev.needle.intel.service.IntelService;
import dev.needle.intel.service.PostgresSettings;
import dev.needle.intel.service.Principal;
import dev.needle.intel.service.Scope;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;

/**
 * Opens the intel store a command works on: embedded under the data dir, or on PostgreSQL when a
 * {@code --db postgresql://...} URL is given.
 *
 * <p>Whoever runs the CLI on the machine owns the data dir, so CLI commands act as the local
 * organisation {@value #ORGANISATION} with admin scope, created on first use. The HTTP API and
 * web UI never do this: they take a token and act with its organisation's rights.
 */
public final class LocalIntel {

    /** The organisation the CLI acts as. */
    public static final String ORGANISATION = "local";

    private LocalIntel() {
    }

    /** Opens the store for {@code dataDir}, or the PostgreSQL one {@code db} names. */
    public static IntelService open(Path dataDir, Optional<String> db) {
        Clock clock = Clock.systemUTC();
        IntelService intel = db.isPresent()
                ? IntelService.openPostgres(PostgresSettings.fromDbUrl(db.get()), clock)
                : IntelService.openEmbedded(dataDir, clock);
        try {
            ensureLocalOrganisation(intel);
            return intel;
        } catch (RuntimeException e) {
            intel.close();
            throw e;
        }
    }

    /** The principal CLI commands act as. */
    public static Principal principal() {
        return new Principal(ORGANISATION, Set.of(Scope.ADMIN));
    }

    private static void ensureLocalOrganisation(IntelService intel) {
        try {
            intel.createOrganisation(ORGANISATION);
        } catch (IllegalArgumentException alreadyThere) {
            // The organisation exists from an earlier run; nothing to do.
        }
    }
}
