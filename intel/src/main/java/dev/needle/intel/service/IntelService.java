package dev.needle.intel.service;

import dev.needle.core.indicator.Indicator;
import dev.needle.intel.ParsedFeed;
import dev.needle.intel.ThreatEvent;
import dev.needle.intel.internal.StoredIntelService;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Threat events kept in datasets, with the access rules of organisations and tokens.
 *
 * <p>Every read checks access inside the service: a caller sees only datasets its organisation
 * owns, that are shared with it, or that are public, and nothing of the others: no events, no
 * counts, no matches, no names, no failures. Reads need the {@link Scope#READ} scope, imports
 * {@link Scope#WRITE} on a dataset the caller's organisation owns, dataset administration
 * {@link Scope#ADMIN}.
 *
 * <p>Organisations and tokens are created by the operator of the node (the CLI), so those
 * calls take no principal; a network API must not expose them without its own check.
 */
public interface IntelService extends AutoCloseable {

    /** The most events one call of {@link #eventsAdded} returns. */
    int MAX_ADDED_LIMIT = 1_000;

    /**
     * Opens the embedded store: {@code <dataDir>/intel/registry.sqlite} for organisations,
     * tokens, datasets and sharing, and {@code <dataDir>/intel/datasets/<id>.sqlite} per
     * dataset, all in WAL mode.
     */
    static IntelService openEmbedded(Path dataDir, Clock clock) {
        return StoredIntelService.embedded(dataDir, clock);
    }

    /**
     * Opens the PostgreSQL server mode: the registry in its schema ({@code needle_registry} by
     * default) and one schema per dataset.
     */
    static IntelService openPostgres(PostgresSettings settings, Clock clock) {
        return StoredIntelService.postgres(settings, clock);
    }

    /** Registers an organisation. Operator call. */
    Organisation createOrganisation(String name);

    /**
     * Issues a token for an organisation: random, shown once in the result, stored only as its
     * SHA-256. Operator call.
     */
    IssuedToken issueToken(String organisation, Set<Scope> scopes, String label);

    /** Revokes a token by its id; returns whether it was active. Operator call. */
    boolean revokeToken(String tokenId);

    /** The principal a token stands for, or empty when the token is unknown or revoked. */
    Optional<Principal> authenticate(String token);

    /** Creates a dataset owned by the principal's organisation; needs admin. */
    Dataset createDataset(Principal admin, DatasetSpec spec);

    /** Changes who may read a dataset the principal's organisation owns; needs admin. */
    Dataset changeSharing(Principal admin, String dataset, Sharing sharing);

    /** The datasets the principal may read, by name. */
    List<Dataset> listDatasets(Principal reader);

    /** A dataset the principal may read. */
    Optional<Dataset> dataset(Principal reader, String name);

    /**
     * Stores a feed's events in one transaction: all or nothing. An event whose id is stored
     * already replaces it; the events' own dataset field is ignored.
     *
     * @throws DatasetNotFoundException if the principal cannot read the dataset
     * @throws AccessDeniedException if it can read but not write it
     * @throws IllegalArgumentException if an event's extra-field value has the wrong type
     */
    ImportResult importFeed(Principal writer, String dataset, ParsedFeed feed);

    /** An event of a readable dataset. */
    Optional<ThreatEvent> event(Principal reader, String dataset, UUID id);

    /**
     * Events of a readable dataset in the order they were added to it, with their dates
     * added, as TAXII serves a collection: strictly after {@code after} when given, at most
     * {@code limit} (1 to {@value #MAX_ADDED_LIMIT}).
     *
     * <p>An event's date added is the time of the import that wrote it, from the service's
     * clock; an import that replaces an event adds it anew. The events of one import follow
     * one microsecond apart, so no two events of a dataset share a date added.
     *
     * @throws DatasetNotFoundException if the principal cannot read the dataset
     * @throws IntelStoreException if the dataset's store fails
     */
    List<AddedEvent> eventsAdded(Principal reader, String dataset, Optional<EventPosition> after,
            int limit);

    /** One page of events matching a search, over the readable datasets in its scope. */
    EventPage searchEvents(Principal reader, EventSearch search);

    /** Counts of events by dimensions, over the readable datasets in its scope. */
    AggregateResult aggregate(Principal reader, AggregateQuery query);

    /**
     * From an indicator to its events, their other indicators, and the same attackers' other
     * events; each list holds at most {@code limit} entries (1 to 1000).
     */
    PivotResult pivot(Principal reader, Indicator indicator, int limit);

    /**
     * The neighbourhood of a seed, breadth first, up to {@code maxNodes} nodes (1 to
     * {@value EventGraph#MAX_NODES}). A seed the principal cannot see gives an empty graph.
     */
    EventGraph graph(Principal reader, GraphSeed seed, int maxNodes);

    /** Which indicators are known, in which events and datasets, with decayed scores. */
    MatchReport match(Principal reader, Collection<Indicator> indicators);

    /** A matcher over the datasets the principal may read now, for hot paths. */
    IndicatorMatcher matcher(Principal reader);

    /**
     * A page of events the sender may read that may go to {@code recipient}: every event of a
     * dataset the recipient may read, and only TLP clear and green events of the others.
     * Exporters page through it like {@link #searchEvents}.
     */
    EventPage exportableEvents(Principal sender, String recipient, EventSearch search);

    /**
     * Rebuilds the in-memory indicator index from the stores. Imports through this service
     * update it by themselves; call this when another node wrote to a shared PostgreSQL.
     */
    void refreshMatchIndex();

    /** Closes the stores. */
    @Override
    void close();
}
