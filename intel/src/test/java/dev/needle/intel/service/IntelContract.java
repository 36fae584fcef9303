package dev.needle.intel.service;

import dev.needle.intel.ParsedFeed;
import dev.needle.intel.ThreatEvent;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * What every contract test starts from: a service on a fresh store, three organisations and
 * their tokens. acme owns the datasets; globex has no access unless a test grants it; initech
 * is the partner tests share with.
 */
abstract class IntelContract {

    static final Instant NOW = Instant.parse("2025-06-01T00:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    protected StoreFixture fixture;
    protected IntelService intel;
    protected Principal acme;
    protected Principal globex;
    protected Principal initech;

    /** The storage this run of the contract uses. */
    protected abstract StoreFixture newFixture();

    @BeforeEach
    void openService() {
        fixture = newFixture();
        intel = fixture.open(CLOCK);
        for (String organisation : List.of("acme", "globex", "initech")) {
            intel.createOrganisation(organisation);
        }
        acme = login("acme", Scope.ADMIN);
        globex = login("globex", Scope.ADMIN);
        initech = login("initech", Scope.ADMIN);
    }

    @AfterEach
    void closeService() throws Exception {
        if (intel != null) {
            intel.close();
        }
        if (fixture != null) {
            fixture.close();
        }
    }

    /** The principal of a fresh token, obtained the way a client gets one. */
    Principal login(String organisation, Scope... scopes) {
        IssuedToken token = intel.issueToken(organisation, Set.of(scopes), "contract test");
        return intel.authenticate(token.secret()).orElseThrow();
    }

    /** A dataset of acme's. */
    Dataset dataset(String name, Sharing sharing) {
        return intel.createDataset(acme, DatasetSpec.named(name).withSharing(sharing));
    }

    /** Imports events into a dataset as acme. */
    ImportResult load(String dataset, List<ThreatEvent> events) {
        return intel.importFeed(acme, dataset, new ParsedFeed(events, List.of()));
    }

    /** Reopens the service on the same storage. */
    void reopen() {
        intel.close();
        intel = fixture.open(CLOCK);
    }

    static List<UUID> ids(EventPage page) {
        return page.events().stream().map(ThreatEvent::id).toList();
    }

    static List<UUID> uuids(int... numbers) {
        return Arrays.stream(numbers).mapToObj(EventBuilder::uuid).toList();
    }
}
