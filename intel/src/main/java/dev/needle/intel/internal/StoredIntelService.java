package dev.needle.intel.internal;

import dev.needle.core.indicator.Indicator;
import dev.needle.intel.ImportWarning;
import dev.needle.intel.ParsedFeed;
import dev.needle.intel.ThreatEvent;
import dev.needle.intel.internal.match.MatchIndex;
import dev.needle.intel.internal.query.Aggregation;
import dev.needle.intel.internal.query.EventFinder;
import dev.needle.intel.internal.query.EventSource;
import dev.needle.intel.internal.query.FanOut;
import dev.needle.intel.internal.query.GraphExpansion;
import dev.needle.intel.internal.query.Pivot;
import dev.needle.intel.internal.query.QueryPlanner;
import dev.needle.intel.internal.query.SearchCursor;
import dev.needle.intel.internal.registry.Registry;
import dev.needle.intel.internal.registry.TokenMint;
import dev.needle.intel.internal.store.DatasetStore;
import dev.needle.intel.internal.store.EventQuery;
import dev.needle.intel.internal.store.PostgresBackend;
import dev.needle.intel.internal.store.SortKey;
import dev.needle.intel.internal.store.SqliteBackend;
import dev.needle.intel.internal.store.StoreBackend;
import dev.needle.intel.internal.store.StoredEvent;
import dev.needle.intel.internal.store.WriteCounts;
import dev.needle.intel.service.AccessDeniedException;
import dev.needle.intel.service.AddedEvent;
import dev.needle.intel.service.AggregateQuery;
import dev.needle.intel.service.AggregateResult;
import dev.needle.intel.service.ApiToken;
import dev.needle.intel.service.Dataset;
import dev.needle.intel.service.DatasetNotFoundException;
import dev.needle.intel.service.DatasetScope;
import dev.needle.intel.service.DatasetSpec;
import dev.needle.intel.service.EventGraph;
import dev.needle.intel.service.EventPage;
import dev.needle.intel.service.EventPosition;
import dev.needle.intel.service.EventSearch;
import dev.needle.intel.service.GraphSeed;
import dev.needle.intel.service.IndicatorMatcher;
import dev.needle.intel.service.IntelService;
import dev.needle.intel.service.IntelStoreException;
import dev.needle.intel.service.ImportResult;
import dev.needle.intel.service.IssuedToken;
import dev.needle.intel.service.MatchReport;
import dev.needle.intel.service.Organisation;
import dev.needle.intel.service.PivotResult;
import dev.needle.intel.service.PostgresSettings;
import dev.needle.intel.service.Principal;
import dev.needle.intel.service.Scope;
import dev.needle.intel.service.SearchOperator;
import dev.needle.intel.service.SearchTerm;
import dev.needle.intel.service.Sharing;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The intel service over a store backend. Access is decided here, on every call, from the
 * registry as it is at that moment; the stores below never see a principal.
 */
public final class StoredIntelService implements IntelService {

    private static final Logger LOG = LoggerFactory.getLogger(StoredIntelService.class);

    private final StoreBackend backend;
    private final Registry registry;
    private final Clock clock;
    private final FanOut fanOut = new FanOut();
    private final EventFinder finder;
    private final MatchIndex matchIndex;
    private final TokenMint mint = new TokenMint();
    private final Map<String, ReentrantLock> importLocks = new ConcurrentHashMap<>();

    private StoredIntelService(StoreBackend backend, Clock clock) {
        this.backend = backend;
        this.registry = new Registry(backend.registry(), backend.registryTables());
        this.clock = clock;
        this.finder = new EventFinder(fanOut, this::store);
        this.matchIndex = new MatchIndex(clock);
    }

    /** The embedded SQLite layout under {@code dataDir}. */
    public static IntelService embedded(Path dataDir, Clock clock) {
        return opened(SqliteBackend.open(dataDir), clock);
    }

    /** The PostgreSQL server mode. */
    public static IntelService postgres(PostgresSettings settings, Clock clock) {
        return opened(PostgresBackend.open(settings), clock);
    }

    private static IntelService opened(StoreBackend backend, Clock clock) {
        StoredIntelService service = new StoredIntelService(backend, clock);
        service.refreshMatchIndex();
        LOG.info("intel opened on {}", backend.describe());
        return service;
    }

    @Override
    public Organisation createOrganisation(String name) {
        Organisation organisation = registry.addOrganisation(Organisation.requireValidName(name),
                clock.instant());
        LOG.info("created organisation '{}'", name);
        return organisation;
    }

    @Override
    public IssuedToken issueToken(String organisation, Set<Scope> scopes, String label) {
        if (!registry.organisationExists(organisation)) {
            throw new IllegalArgumentException("organisation '" + organisation
                    + "' does not exist");
        }
        String secret = mint.secret();
        ApiToken token = new ApiToken(mint.id(), organisation, scopes, label, clock.instant());
        registry.addToken(token, TokenMint.sha256(secret));
        LOG.info("issued token {} for organisation '{}' with scopes {}", token.id(),
                organisation, token.scopes());
        return new IssuedToken(token, secret);
    }

    @Override
    public boolean revokeToken(String tokenId) {
        boolean revoked = registry.revokeToken(tokenId, clock.instant());
        if (revoked) {
            LOG.info("revoked token {}", tokenId);
        }
        return revoked;
    }

    @Override
    public Optional<Principal> authenticate(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        Optional<Principal> principal = registry.principalFor(TokenMint.sha256(token.strip()));
        if (principal.isEmpty()) {
            LOG.warn("rejected an unknown or revoked API token");
        }
        return principal;
    }

    @Override
    public Dataset createDataset(Principal admin, DatasetSpec spec) {
        require(admin, Scope.ADMIN, "create datasets");
        if (registry.datasetExists(spec.name())) {
            throw new IllegalArgumentException("dataset '" + spec.name() + "' exists already");
        }
        for (String partner : spec.sharing().partners()) {
            if (!registry.organisationExists(partner)) {
                throw new IllegalArgumentException("partner organisation '" + partner
                        + "' does not exist");
            }
        }
        String id = UUID.randomUUID().toString().replace("-", "");
        DatasetStore store = backend.createStore(id, spec.extraFields());
        Dataset dataset = new Dataset(id, spec.name(), admin.organisation(), spec.sharing(),
                spec.extraFields(), spec.decay(), clock.instant());
        try {
            registry.addDataset(dataset);
        } catch (RuntimeException e) {
            backend.dropStore(id);
            throw e;
        }
        matchIndex.rebuild(dataset, store);
        LOG.info("created dataset '{}' ({}) for organisation '{}', {}", dataset.name(), id,
                dataset.owner(), dataset.sharing().visibility().label());
        return dataset;
    }

    @Override
    public Dataset changeSharing(Principal admin, String dataset, Sharing sharing) {
        require(admin, Scope.ADMIN, "change sharing");
        Dataset found = ownedDataset(admin, dataset);
        registry.changeSharing(found.id(), sharing);
        LOG.info("dataset '{}' is now {} {}", found.name(), sharing.visibility().label(),
                sharing.partners());
        return found.withSharing(sharing);
    }

    @Override
    public List<Dataset> listDatasets(Principal reader) {
        require(reader, Scope.READ, "list datasets");
        return readable(reader).stream().map(d -> d.seenBy(reader.organisation())).toList();
    }

    @Override
    public Optional<Dataset> dataset(Principal reader, String name) {
        return listDatasets(reader).stream().filter(d -> d.name().equals(name)).findFirst();
    }

    @Override
    public ImportResult importFeed(Principal writer, String dataset, ParsedFeed feed) {
        require(writer, Scope.WRITE, "import");
        Dataset target = ownedDataset(writer, dataset);
        List<ImportWarning> warnings = new ArrayList<>(feed.warnings());
        List<ThreatEvent> events = distinctById(feed.events(), target.name(), warnings);
        ReentrantLock lock = importLocks.computeIfAbsent(target.id(), id -> new ReentrantLock());
        lock.lock();
        try {
            long started = System.nanoTime();
            DatasetStore store = store(target);
            WriteCounts counts = write(store, target, events);
            indexImport(target, store, events, counts);
            LOG.info("imported {} events into dataset '{}' ({} new, {} replaced) in {} ms",
                    events.size(), target.name(), counts.added(), counts.replaced(),
                    (System.nanoTime() - started) / 1_000_000);
            return new ImportResult(target.name(), counts.added(), counts.replaced(), warnings);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public Optional<ThreatEvent> event(Principal reader, String dataset, UUID id) {
        require(reader, Scope.READ, "read events");
        Dataset found = readableNamed(reader, dataset);
        EventQuery query = EventQuery.newest(List.of(SearchTerm.of("uuid", SearchOperator.EQUALS,
                id.toString())), 1);
        EventFinder.Found result = finder.find(List.of(found), query, Set.of());
        if (!result.completeness().complete()) {
            throw new IntelStoreException("the store of dataset '" + dataset + "' failed");
        }
        return result.events().stream().map(StoredEvent::event).findFirst();
    }

    @Override
    public List<AddedEvent> eventsAdded(Principal reader, String dataset,
            Optional<EventPosition> after, int limit) {
        require(reader, Scope.READ, "read events");
        if (limit < 1 || limit > MAX_ADDED_LIMIT) {
            throw new IllegalArgumentException("limit " + limit + " is not within 1 to "
                    + MAX_ADDED_LIMIT);
        }
        Dataset found = readableNamed(reader, dataset);
        return store(found).readAdded(after, limit, found.name());
    }

    @Override
    public EventPage searchEvents(Principal reader, EventSearch search) {
        require(reader, Scope.READ, "search events");
        return page(reader, search, Optional.empty());
    }

    @Override
    public EventPage exportableEvents(Principal sender, String recipient, EventSearch search) {
        require(sender, Scope.READ, "export events");
        if (!registry.organisationExists(Organisation.requireValidName(recipient))) {
            throw new IllegalArgumentException("recipient organisation '" + recipient
                    + "' does not exist");
        }
        return page(sender, search, Optional.of(recipient));
    }

    @Override
    public AggregateResult aggregate(Principal reader, AggregateQuery query) {
        require(reader, Scope.READ, "aggregate events");
        return new Aggregation(finder).run(resolve(reader, query.scope()), query);
    }

    @Override
    public PivotResult pivot(Principal reader, Indicator indicator, int limit) {
        require(reader, Scope.READ, "pivot");
        if (limit < 1 || limit > 1000) {
            throw new IllegalArgumentException("pivot limit " + limit
                    + " is not within 1 to 1000");
        }
        return new Pivot(sourceFor(reader), limit).from(indicator);
    }

    @Override
    public EventGraph graph(Principal reader, GraphSeed seed, int maxNodes) {
        require(reader, Scope.READ, "expand the graph");
        if (maxNodes < 1 || maxNodes > EventGraph.MAX_NODES) {
            throw new IllegalArgumentException("maxNodes " + maxNodes + " is not within 1 to "
                    + EventGraph.MAX_NODES);
        }
        return new GraphExpansion(sourceFor(reader), maxNodes).from(seed);
    }

    @Override
    public MatchReport match(Principal reader, Collection<Indicator> indicators) {
        return matcher(reader).match(indicators);
    }

    @Override
    public IndicatorMatcher matcher(Principal reader) {
        require(reader, Scope.READ, "match indicators");
        return matchIndex.matcher(readable(reader).stream().map(Dataset::id)
                .collect(Collectors.toSet()));
    }

    @Override
    public void refreshMatchIndex() {
        List<Dataset> datasets = registry.datasets();
        for (Dataset dataset : datasets) {
            try {
                refreshIndex(dataset, store(dataset));
            } catch (RuntimeException e) {
                LOG.error("cannot index dataset '{}' ({}): {}", dataset.name(), dataset.id(),
                        e.toString(), e);
            }
        }
        matchIndex.retainOnly(datasets.stream().map(Dataset::id).collect(Collectors.toSet()));
    }

    @Override
    public void close() {
        fanOut.close();
        backend.close();
        LOG.info("intel closed on {}", backend.describe());
    }

    private EventPage page(Principal reader, EventSearch search, Optional<String> recipient) {
        EventSearch query = search.firstPage();
        Optional<SortKey> after = Optional.empty();
        if (search.cursor().isPresent()) {
            SearchCursor.Decoded decoded = SearchCursor.decode(search.cursor().get());
            if (!decoded.query().equals(query)) {
                throw new IllegalArgumentException("the cursor was issued for another search;"
                        + " continue with EventSearch.fromCursor(cursor)");
            }
            after = Optional.of(decoded.last());
        }
        List<Dataset> datasets = resolve(reader, query.scope());
        Set<String> releasableOnly = recipient.map(r -> datasets.stream()
                .filter(d -> !d.readableBy(r)).map(Dataset::id).collect(Collectors.toSet()))
                .orElse(Set.of());
        EventQuery planned = QueryPlanner.plan(datasets, query.terms(), query.text(),
                query.sortField(), query.order(), after, query.pageSize());
        EventFinder.Found found = finder.find(datasets, planned, releasableOnly);
        Optional<String> next = found.more()
                ? Optional.of(SearchCursor.encode(query, found.events().getLast().key()))
                : Optional.empty();
        return new EventPage(found.events().stream().map(StoredEvent::event).toList(), next,
                found.completeness());
    }

    private WriteCounts write(DatasetStore store, Dataset target, List<ThreatEvent> events) {
        try {
            return store.write(events, clock.instant());
        } catch (IntelStoreException e) {
            LOG.warn("import of {} events into dataset '{}' failed and stored nothing: {}",
                    events.size(), target.name(), e.getMessage());
            throw new IntelStoreException("import into dataset '" + target.name() + "': "
                    + e.getMessage(), e);
        }
    }

    /**
     * Adds imported events to the match index. Replaced events leave postings behind that only
     * the store can tell apart, so an import that replaced any rebuilds from the store.
     */
    private void indexImport(Dataset dataset, DatasetStore store, List<ThreatEvent> events,
            WriteCounts counts) {
        if (counts.replaced() > 0) {
            refreshIndex(dataset, store);
            return;
        }
        try {
            matchIndex.extend(dataset, store, events);
        } catch (RuntimeException e) {
            LOG.error("stored events of dataset '{}' but could not index them; matches are"
                    + " stale until the next import or refresh: {}", dataset.name(),
                    e.toString(), e);
        }
    }

    private void refreshIndex(Dataset dataset, DatasetStore store) {
        try {
            matchIndex.rebuild(dataset, store);
        } catch (RuntimeException e) {
            LOG.error("stored events of dataset '{}' but could not re-index them; matches are"
                    + " stale until the next import or refresh: {}", dataset.name(),
                    e.toString(), e);
        }
    }

    /** The feed's events in the target dataset; of events sharing an id the last one wins. */
    private static List<ThreatEvent> distinctById(List<ThreatEvent> events, String dataset,
            List<ImportWarning> warnings) {
        Map<UUID, ThreatEvent> byId = new LinkedHashMap<>();
        for (ThreatEvent event : events) {
            if (byId.put(event.id(), event.withDataset(dataset)) != null) {
                warnings.add(new ImportWarning("event " + event.id(), "appears more than once"
                        + " in the feed; the last one is kept"));
            }
        }
        return List.copyOf(byId.values());
    }

    private EventSource sourceFor(Principal reader) {
        List<Dataset> datasets = readable(reader);
        return query -> finder.find(datasets, query, Set.of());
    }

    private DatasetStore store(Dataset dataset) {
        return backend.store(dataset.id(), dataset.extraFields());
    }

    private List<Dataset> readable(Principal principal) {
        return registry.datasets().stream()
                .filter(d -> d.readableBy(principal.organisation())).toList();
    }

    /** The readable datasets a scope names; an unreadable name fails as an unknown one. */
    private List<Dataset> resolve(Principal principal, DatasetScope scope) {
        List<Dataset> readable = readable(principal);
        if (scope.all()) {
            return readable;
        }
        List<Dataset> chosen = new ArrayList<>();
        for (String name : scope.names().stream().sorted().toList()) {
            chosen.add(readable.stream().filter(d -> d.name().equals(name)).findFirst()
                    .orElseThrow(() -> new DatasetNotFoundException(name,
                            principal.organisation())));
        }
        return chosen;
    }

    private Dataset readableNamed(Principal principal, String name) {
        return resolve(principal, DatasetScope.of(name)).getFirst();
    }

    private Dataset ownedDataset(Principal principal, String name) {
        Dataset dataset = readableNamed(principal, name);
        if (!dataset.owner().equals(principal.organisation())) {
            LOG.warn("organisation '{}' tried to change dataset '{}', which it only reads",
                    principal.organisation(), name);
            throw new AccessDeniedException("dataset '" + name + "' is read-only for"
                    + " organisation '" + principal.organisation() + "'");
        }
        return dataset;
    }

    private static void require(Principal principal, Scope scope, String action) {
        if (!principal.can(scope)) {
            LOG.warn("organisation '{}' tried to {} without the {} scope",
                    principal.organisation(), action, scope.label());
            throw new AccessDeniedException("a token of organisation '"
                    + principal.organisation() + "' needs the " + scope.label() + " scope to "
                    + action);
        }
    }
}
