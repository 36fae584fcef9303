package dev.needle.intel.service;

import static dev.needle.intel.service.EventBuilder.ioc;
import static dev.needle.intel.service.EventBuilder.ipv4;
import static dev.needle.intel.service.EventBuilder.uuid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.needle.core.indicator.IndicatorType;
import dev.needle.intel.ParsedFeed;
import dev.needle.intel.ThreatEvent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Organisations, tokens and dataset access: an organisation without access sees nothing of a
 * dataset through any read path, not even counts, matches, names or failures.
 */
abstract class AccessContract extends IntelContract {

    private Dataset privateApt() {
        Dataset apt = dataset("apt", Sharing.privately());
        load("apt", Corpus.all());
        return apt;
    }

    @Test
    void tokens_storedOnlyAsSha256() throws Exception {
        IssuedToken token = intel.issueToken("acme", Set.of(Scope.READ), "siem export");
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(token.secret().getBytes(StandardCharsets.UTF_8)));

        List<String> rows = fixture.tokenRows();

        assertThat(token.secret()).startsWith("ndl_").hasSize(47);
        assertThat(token.toString()).doesNotContain(token.secret());
        assertThat(rows).anySatisfy(row -> assertThat(row).contains(token.token().id(), sha256,
                "siem export"));
        assertThat(rows).noneSatisfy(row -> assertThat(row).contains(token.secret()));
    }

    @Test
    void authenticate_unknownOrRevokedToken_givesNoPrincipal() {
        IssuedToken token = intel.issueToken("acme", Set.of(Scope.READ, Scope.WRITE), "");

        assertThat(intel.authenticate(token.secret()))
                .contains(new Principal("acme", Set.of(Scope.READ, Scope.WRITE)));
        assertThat(intel.revokeToken(token.token().id())).isTrue();
        assertThat(intel.authenticate(token.secret())).isEmpty();
        assertThat(intel.revokeToken(token.token().id())).isFalse();
        assertThat(intel.authenticate("ndl_" + "A".repeat(43))).isEmpty();
        assertThat(intel.authenticate("")).isEmpty();
    }

    @Test
    void scopes_readTokenCannotImportAndWriteTokenCannotAdminister() {
        privateApt();
        Principal reader = login("acme", Scope.READ);
        Principal writer = login("acme", Scope.WRITE);
        ParsedFeed feed = new ParsedFeed(List.of(Corpus.phishing()), List.of());

        assertThatThrownBy(() -> intel.importFeed(reader, "apt", feed))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessage("a token of organisation 'acme' needs the write scope to import");
        assertThatThrownBy(() -> intel.createDataset(writer, DatasetSpec.named("more")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(intel.importFeed(writer, "apt", feed).replaced()).isEqualTo(1);
        assertThat(intel.searchEvents(reader, EventSearch.everything()).events()).hasSize(6);
    }

    @Test
    void privateDataset_otherOrganisation_seesNothingAnywhere() throws Exception {
        Dataset apt = privateApt();
        fixture.breakDataset(dataset("crime", Sharing.privately()).id());

        assertThat(intel.listDatasets(globex)).isEmpty();
        assertThat(intel.dataset(globex, "apt")).isEmpty();
        EventPage page = intel.searchEvents(globex, EventSearch.everything());
        assertThat(page.events()).isEmpty();
        assertThat(page.completeness()).isEqualTo(Completeness.full());
        AggregateResult counts = intel.aggregate(globex,
                AggregateQuery.counting(AggregateDimension.ATTACKER));
        assertThat(counts.total()).isZero();
        assertThat(counts.rows()).isEmpty();
        assertThat(counts.completeness()).isEqualTo(Completeness.full());
        assertThat(intel.match(globex, List.of(ipv4("198.51.100.23"), ipv4("203.0.113.9")))
                .matches()).isEmpty();
        assertThat(intel.matcher(globex).knowsIpv4(0xC6336417)).isFalse();
        PivotResult pivot = intel.pivot(globex, ipv4("198.51.100.23"), 10);
        assertThat(pivot.events()).isEmpty();
        assertThat(pivot.coIndicators()).isEmpty();
        assertThat(intel.graph(globex, GraphSeed.event(uuid(2)), 50).nodes()).isEmpty();
        assertThat(intel.graph(globex, GraphSeed.attacker("APT1"), 50).nodes()).isEmpty();
        assertThat(intel.graph(globex, GraphSeed.indicator(ipv4("198.51.100.23")), 50)
                .nodes()).isEmpty();
        assertThat(apt.owner()).isEqualTo("acme");
    }

    @Test
    void privateDataset_namedByOtherOrganisation_failsLikeAMissingOne() {
        privateApt();
        String missing = "no dataset 'nonexistent' is visible to organisation 'globex'";

        assertThatThrownBy(() -> intel.searchEvents(globex, EventSearch.everything()
                .inDatasets("nonexistent"))).hasMessage(missing);
        assertThatThrownBy(() -> intel.searchEvents(globex, EventSearch.everything()
                .inDatasets("apt"))).isInstanceOf(DatasetNotFoundException.class)
                .hasMessage(missing.replace("nonexistent", "apt"));
        assertThatThrownBy(() -> intel.aggregate(globex, AggregateQuery.counting(
                AggregateDimension.ATTACKER).inDatasets("apt")))
                .isInstanceOf(DatasetNotFoundException.class);
        assertThatThrownBy(() -> intel.event(globex, "apt", uuid(1)))
                .isInstanceOf(DatasetNotFoundException.class);
        assertThatThrownBy(() -> intel.importFeed(globex, "apt", new ParsedFeed(
                List.of(Corpus.phishing()), List.of())))
                .isInstanceOf(DatasetNotFoundException.class);
        assertThatThrownBy(() -> intel.changeSharing(globex, "apt", Sharing.publicly()))
                .isInstanceOf(DatasetNotFoundException.class);
    }

    @Test
    void sharedDataset_partnerReadsButCannotWrite() {
        dataset("apt", Sharing.withPartners("initech", "globex"));
        load("apt", Corpus.all());

        assertThat(intel.listDatasets(initech)).singleElement().satisfies(dataset -> {
            assertThat(dataset.name()).isEqualTo("apt");
            assertThat(dataset.sharing()).isEqualTo(Sharing.withPartners("initech"));
        });
        assertThat(intel.dataset(acme, "apt").orElseThrow().sharing().partners())
                .containsExactlyInAnyOrder("initech", "globex");
        assertThat(intel.searchEvents(initech, EventSearch.everything()).events()).hasSize(6);
        assertThat(intel.match(initech, List.of(ipv4("198.51.100.23"))).matches()).hasSize(1);
        assertThatThrownBy(() -> intel.importFeed(initech, "apt", new ParsedFeed(
                List.of(Corpus.phishing()), List.of())))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessage("dataset 'apt' is read-only for organisation 'initech'");
    }

    @Test
    void changeSharing_revokedPartner_losesAccessAtOnce() {
        dataset("apt", Sharing.withPartners("initech"));
        load("apt", Corpus.all());
        assertThat(intel.aggregate(initech, AggregateQuery.counting()).total()).isEqualTo(6);

        intel.changeSharing(acme, "apt", Sharing.privately());

        assertThat(intel.aggregate(initech, AggregateQuery.counting()).total()).isZero();
        assertThat(intel.matcher(initech).knowsIpv4(0xC6336417)).isFalse();
        assertThat(intel.listDatasets(initech)).isEmpty();
        assertThatThrownBy(() -> intel.changeSharing(initech, "apt", Sharing.publicly()))
                .isInstanceOf(DatasetNotFoundException.class);
    }

    @Test
    void publicDataset_everyOrganisationReads() {
        dataset("apt", Sharing.publicly());
        load("apt", Corpus.all());

        assertThat(intel.searchEvents(globex, EventSearch.everything()
                .where("attacker", SearchOperator.EQUALS, "APT28")).events())
                .extracting(ThreatEvent::id).containsExactly(uuid(3));
        assertThat(intel.matcher(globex).knowsIpv4(0xC6336417)).isTrue();
    }

    @Test
    void exportableEvents_recipientWithoutAccess_getsOnlyClearAndGreen() {
        privateApt();
        EventSearch all = EventSearch.everything();

        EventPage toGlobex = intel.exportableEvents(acme, "globex", all);
        intel.changeSharing(acme, "apt", Sharing.withPartners("initech"));
        EventPage toInitech = intel.exportableEvents(acme, "initech", all);

        assertThat(ids(toGlobex)).isEqualTo(uuids(6, 4, 1));
        assertThat(ids(toInitech)).isEqualTo(uuids(6, 5, 4, 3, 2, 1));
        assertThatThrownBy(() -> intel.exportableEvents(globex, "initech", all.inDatasets("apt")))
                .isInstanceOf(DatasetNotFoundException.class);
        assertThatThrownBy(() -> intel.exportableEvents(acme, "umbrella", all))
                .hasMessage("recipient organisation 'umbrella' does not exist");
    }

    @Test
    void match_acrossOwnAndSharedDatasets_namesEachDataset() {
        dataset("apt", Sharing.privately());
        load("apt", Corpus.all());
        intel.createDataset(globex, DatasetSpec.named("globex-c2")
                .withSharing(Sharing.withPartners("acme")));
        intel.importFeed(globex, "globex-c2", new ParsedFeed(List.of(EventBuilder.event(60)
                .at("2025-05-30T00:00:00Z").confidence(40)
                .indicator(IndicatorType.IPV4, "198.51.100.23").build()), List.of()));

        IndicatorMatch forAcme = intel.match(acme, List.of(ipv4("198.51.100.23")))
                .matches().getFirst();
        List<IndicatorMatch> forInitech = intel.match(initech,
                List.of(ioc(IndicatorType.IPV4, "198.51.100.23"))).matches();

        assertThat(forAcme.events()).extracting(MatchedEvent::dataset)
                .containsExactlyInAnyOrder("apt", "globex-c2");
        assertThat(forInitech).isEmpty();
    }
}
