package dev.needle.app.analyst;

import dev.needle.analyst.Analyst;
import dev.needle.analyst.conversation.ConversationStore;
import dev.needle.analyst.plan.EmbeddedPlanner;
import dev.needle.intel.service.IntelService;
import dev.needle.intel.service.PostgresSettings;
import dev.needle.traffic.TrafficService;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The node's analyst, built on first use: loading the embedding model takes a second or two, so
 * commands that never ask a question never pay for it. A server calls {@link #warmUp()} at start.
 */
public final class AnalystRef {

    private static final Logger LOG = LoggerFactory.getLogger(AnalystRef.class);

    private final Path dataDir;
    private final Optional<String> db;
    private final TrafficService traffic;
    private final IntelService intel;
    private final PlannerChoice choice;
    private volatile Analyst analyst;

    private AnalystRef(Path dataDir, Optional<String> db, TrafficService traffic,
            IntelService intel, PlannerChoice choice) {
        this.dataDir = dataDir;
        this.db = db;
        this.traffic = traffic;
        this.intel = intel;
        this.choice = choice;
    }

    /**
     * The analyst over these services; conversations are kept in the data dir, or in PostgreSQL
     * when intel is there ({@code db}).
     */
    public static AnalystRef of(Path dataDir, Optional<String> db, TrafficService traffic,
            IntelService intel, PlannerChoice choice) {
        return new AnalystRef(dataDir, db, traffic, intel, choice);
    }

    /** The analyst, built now if this is the first call. */
    public Analyst get() {
        Analyst ready = analyst;
        if (ready != null) {
            return ready;
        }
        synchronized (this) {
            if (analyst == null) {
                long started = System.nanoTime();
                EmbeddedPlanner embedded = EmbeddedPlanner.load();
                ConversationStore store = db.isPresent()
                        ? ConversationStore.postgres(PostgresSettings.fromDbUrl(db.get()))
                        : ConversationStore.embedded(dataDir);
                analyst = new Analyst(choice.planners(embedded), store, traffic, intel,
                        Clock.systemUTC());
                LOG.info("analyst ready in {} ms ({})", (System.nanoTime() - started) / 1_000_000,
                        choice.describe());
            }
            return analyst;
        }
    }

    /** Builds the analyst in the background so that the first question is answered quickly. */
    public void warmUp() {
        Thread thread = new Thread(() -> {
            try {
                get();
            } catch (RuntimeException e) {
                LOG.error("the analyst could not be loaded", e);
            }
        }, "analyst-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

}
