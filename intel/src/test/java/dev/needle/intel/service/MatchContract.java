package dev.needle.intel.service;

import static dev.needle.intel.service.EventBuilder.event;
import static dev.needle.intel.service.EventBuilder.ioc;
import static dev.needle.intel.service.EventBuilder.ipv4;
import static dev.needle.intel.service.EventBuilder.uuid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.needle.core.indicator.Indicator;
import dev.needle.core.indicator.IndicatorType;
import dev.needle.intel.ThreatEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Matching from the in-memory index, with decay at the fixed clock 2025-06-01T00:00Z. The
 * dataset's rules: IPv4 half-life 10 days, expired below 10; CIDR 20 days; the rest 30 days.
 */
abstract class MatchContract extends IntelContract {

    private static final DecayPolicy POLICY = DecayPolicy
            .uniform(new DecayRule(Duration.ofDays(30), 5))
            .with(IndicatorType.IPV4, new DecayRule(Duration.ofDays(10), 10))
            .with(IndicatorType.CIDR, new DecayRule(Duration.ofDays(20), 5));

    @BeforeEach
    void loadCorpus() {
        intel.createDataset(acme, DatasetSpec.named("apt").withDecay(POLICY));
        load("apt", Corpus.all());
    }

    private IndicatorMatch only(Indicator indicator) {
        MatchReport report = intel.match(acme, List.of(indicator));
        assertThat(report.matches()).hasSize(1);
        return report.matches().getFirst();
    }

    @Test
    void match_afterImportsInParts_sameAsIndexRebuiltFromStore() {
        List<ThreatEvent> all = Corpus.all();
        intel.createDataset(acme, DatasetSpec.named("parts").withDecay(POLICY));
        int third = all.size() / 3;
        load("parts", all.subList(0, third));
        load("parts", all.subList(third, 2 * third));
        load("parts", all.subList(2 * third, all.size()));
        List<Indicator> probes = new ArrayList<>(all.stream()
                .flatMap(event -> event.indicators().stream()).distinct().toList());
        probes.addAll(List.of(ipv4("203.0.113.200"), ipv4("203.0.113.7"), ipv4("192.0.2.99")));

        MatchReport extended = intel.match(acme, probes);
        List<Boolean> knownExtended = knowsEachIpv4(probes);
        reopen();

        assertThat(extended.matches()).hasSizeGreaterThan(3);
        assertThat(extended).isEqualTo(intel.match(acme, probes));
        assertThat(knownExtended).contains(true).isEqualTo(knowsEachIpv4(probes));
    }

    private List<Boolean> knowsEachIpv4(List<Indicator> probes) {
        IndicatorMatcher matcher = intel.matcher(acme);
        return probes.stream().filter(probe -> probe.type() == IndicatorType.IPV4)
                .map(probe -> matcher.knowsIpv4(ipv4Int(probe.value()))).toList();
    }

    private static int ipv4Int(String dotted) {
        int value = 0;
        for (String part : dotted.split("\\.")) {
            value = (value << 8) | Integer.parseInt(part);
        }
        return value;
    }

    @Test
    void match_exactIpv4_decaysFromLastSeen() {
        IndicatorMatch match = only(ipv4("198.51.100.23"));

        // 90 x 0.5^(12 days / 10 days), last seen 2025-05-20
        assertThat(match.score()).isCloseTo(39.1748, within(1e-4));
        assertThat(match.expired()).isFalse();
        assertThat(match.events()).singleElement().satisfies(event -> {
            assertThat(event.dataset()).isEqualTo("apt");
            assertThat(event.event()).isEqualTo(uuid(2));
            assertThat(event.via()).isEqualTo(ipv4("198.51.100.23"));
            assertThat(event.confidence()).isEqualTo(90);
            assertThat(event.lastSeen()).isEqualTo(Instant.parse("2025-05-20T00:00:00Z"));
        });
    }

    @Test
    void match_addressInsideStoredBlock_matchesViaTheBlock() {
        IndicatorMatch inside = only(ipv4("203.0.113.200"));

        // 50 x 0.5^(16.875 days / 20 days), the scanning event's date
        assertThat(inside.score()).isCloseTo(27.8597, within(1e-4));
        assertThat(inside.events()).singleElement().satisfies(event -> {
            assertThat(event.event()).isEqualTo(uuid(6));
            assertThat(event.via()).isEqualTo(ioc(IndicatorType.CIDR, "203.0.113.0/24"));
        });
    }

    @Test
    void match_exactAndBlock_bestFirstWithExpiry() {
        IndicatorMatch match = only(ipv4("203.0.113.7"));

        assertThat(match.events()).extracting(MatchedEvent::event)
                .containsExactly(uuid(6), uuid(3));
        assertThat(match.events()).extracting(MatchedEvent::expired)
                .containsExactly(false, true);
        // 70 x 0.5^(28.25 days / 10 days) is below the IPv4 threshold of 10
        assertThat(match.events().get(1).score()).isCloseTo(9.8784, within(1e-4));
        assertThat(match.score()).isCloseTo(27.8597, within(1e-4));
        assertThat(match.expired()).isFalse();
    }

    @Test
    void match_domainInThreeEvents_usesFallbackRule() {
        IndicatorMatch match = only(ioc(IndicatorType.DOMAIN, Corpus.C2_DOMAIN));

        assertThat(match.events()).extracting(MatchedEvent::event)
                .containsExactly(uuid(2), uuid(5), uuid(1));
        assertThat(match.events()).extracting(MatchedEvent::score).satisfiesExactly(
                s -> assertThat(s).isCloseTo(68.2072, within(1e-4)),
                s -> assertThat(s).isCloseTo(54.7060, within(1e-4)),
                s -> assertThat(s).isCloseTo(39.3886, within(1e-4)));
    }

    @Test
    void match_ipv6InsideStoredBlock_matches() {
        load("apt", List.of(event(7).at("2025-05-25T00:00:00Z").confidence(100)
                .indicator(IndicatorType.CIDR, "2001:db8::/32").build()));

        IndicatorMatch match = only(ioc(IndicatorType.IPV6, "2001:db8::1"));

        assertThat(match.events()).extracting(MatchedEvent::via)
                .containsExactly(ioc(IndicatorType.CIDR, "2001:db8::/32"));
        // 100 x 0.5^(7 days / 20 days)
        assertThat(match.score()).isCloseTo(78.4584, within(1e-4));
    }

    @Test
    void match_unknownIndicators_areCheckedButNotReported() {
        MatchReport report = intel.match(acme, List.of(ipv4("198.51.100.99"),
                ipv4("198.51.100.24"), ioc(IndicatorType.DOMAIN, "unrelated.example.com"),
                ipv4("198.51.100.99")));

        assertThat(report.checked()).isEqualTo(3);
        assertThat(report.matches()).extracting(IndicatorMatch::indicator)
                .containsExactly(ipv4("198.51.100.24"));
    }

    @Test
    void matcher_fastPath_knowsAddressesAndScores() {
        IndicatorMatcher matcher = intel.matcher(acme);

        assertThat(matcher.knowsIpv4(address(198, 51, 100, 23))).isTrue();
        assertThat(matcher.knowsIpv4(address(203, 0, 113, 250))).isTrue();
        assertThat(matcher.knowsIpv4(address(203, 0, 114, 0))).isFalse();
        assertThat(matcher.ipv4Score(address(192, 0, 2, 44)).orElseThrow())
                .isCloseTo(13.4215, within(1e-4));
        assertThat(matcher.ipv4Score(address(198, 51, 100, 99))).isEmpty();
    }

    @Test
    void import_updatesIndex_addingAndDroppingIndicators() {
        IndicatorMatcher matcher = intel.matcher(acme);
        load("apt", List.of(event(2).at("2025-05-03T12:00:00Z").confidence(90)
                .indicator(IndicatorType.IPV4, "192.0.2.200").build()));

        assertThat(matcher.knowsIpv4(address(192, 0, 2, 200))).isTrue();
        assertThat(matcher.knowsIpv4(address(198, 51, 100, 23))).isFalse();
        assertThat(intel.match(acme, List.of(ipv4("198.51.100.23"))).matches()).isEmpty();
    }

    @Test
    void match_millionValuesAtOnce_findsTheKnownOnes() {
        List<Indicator> values = new ArrayList<>(1_000_003);
        for (int i = 0; i < 1_000_000; i++) {
            values.add(ipv4("10." + (i >> 16) + "." + ((i >> 8) & 255) + "." + (i & 255)));
        }
        values.add(ipv4("198.51.100.24"));
        values.add(ipv4("203.0.113.1"));
        values.add(ioc(IndicatorType.SHA256, Corpus.POS_HASH));

        MatchReport report = intel.match(acme, values);

        assertThat(report.checked()).isEqualTo(1_000_003);
        assertThat(report.matches()).extracting(m -> m.events().getFirst().event())
                .containsExactly(uuid(5), uuid(6), uuid(4));
    }

    @Test
    void reopen_rebuildsIndexFromStore() {
        reopen();

        assertThat(intel.matcher(acme).knowsIpv4(address(198, 51, 100, 23))).isTrue();
        assertThat(only(ipv4("203.0.113.7")).events()).hasSize(2);
    }

    private static int address(int a, int b, int c, int d) {
        return (a << 24) | (b << 16) | (c << 8) | d;
    }
}
