package dev.needle.bench.intel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.core.indicator.Indicator;
import dev.needle.core.indicator.IndicatorNormalizer;
import dev.needle.intel.ThreatEvent;
import dev.needle.intel.attack.AttackCatalog;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IntelEventGeneratorTest {

    @ParameterizedTest
    @ValueSource(longs = {0, 1, 42, -7, Long.MAX_VALUE})
    void next_sameSeed_givesEqualEvents(long seed) {
        List<ThreatEvent> first = new IntelEventGenerator(seed, 5_000).next(2_000, "a");
        List<ThreatEvent> second = new IntelEventGenerator(seed, 5_000).next(2_000, "a");

        assertThat(second).isEqualTo(first);
    }

    @Test
    void next_otherSeed_givesOtherEvents() {
        List<ThreatEvent> first = new IntelEventGenerator(1, 5_000).next(100, "a");
        List<ThreatEvent> second = new IntelEventGenerator(2, 5_000).next(100, "a");

        assertThat(second.getFirst().id()).isNotEqualTo(first.getFirst().id());
        assertThat(second).doesNotContainAnyElementsOf(first);
    }

    @Test
    void attackersByPopularity_otherAddressSpace_staysTheSame() {
        IntelEventGenerator small = new IntelEventGenerator(42, 1_000);
        IntelEventGenerator large = new IntelEventGenerator(42, 20_000);

        assertThat(large.attackersByPopularity()).isEqualTo(small.attackersByPopularity());
        assertThat(large.next(10, "a").getFirst().attacker())
                .isEqualTo(small.next(10, "a").getFirst().attacker());
    }

    @Test
    void next_events_haveDistinctIdsAndCanonicalIndicators() {
        List<ThreatEvent> events = new IntelEventGenerator(42, 5_000).next(5_000, "a");

        Set<UUID> ids = new HashSet<>();
        for (ThreatEvent event : events) {
            ids.add(event.id());
            assertThat(event.indicators()).hasSize(1);
            Indicator indicator = event.indicators().getFirst();
            assertThat(IndicatorNormalizer.normalize(indicator.type(), indicator.value()))
                    .as(indicator.toString()).isEqualTo(indicator);
        }
        assertThat(ids).hasSize(events.size());
    }

    @Test
    void next_events_carryCatalogAttackersAndTechniques() {
        AttackCatalog catalog = AttackCatalog.enterprise();

        List<ThreatEvent> events = new IntelEventGenerator(42, 5_000).next(2_000, "a");

        for (ThreatEvent event : events) {
            if (!event.attacker().isEmpty()) {
                assertThat(catalog.group(event.attacker())).as(event.attacker()).isPresent();
            }
            assertThat(event.techniques()).isNotEmpty()
                    .allSatisfy(id -> assertThat(catalog.technique(id)).isPresent());
            assertThat(event.date()).isBetween(IntelEventGenerator.FIRST_DAY,
                    IntelEventGenerator.FIRST_DAY.plus(IntelEventGenerator.SPAN));
        }
        assertThat(events).filteredOn(e -> e.attacker().isEmpty()).hasSizeBetween(100, 300);
    }

    @Test
    void ipv4Drawn_afterEvents_holdsEachEventsAddress() {
        IntelEventGenerator generator = new IntelEventGenerator(42, 5_000);

        List<ThreatEvent> events = generator.next(1_000, "a");

        List<String> fromEvents = events.stream().map(e -> e.indicators().getFirst())
                .filter(i -> i.type().label().equals("ipv4")).map(Indicator::value).toList();
        List<String> drawn = Arrays.stream(generator.ipv4Drawn())
                .mapToObj(a -> IndicatorMint.ipv4(a).value()).toList();
        assertThat(drawn).isEqualTo(fromEvents).hasSizeBetween(700, 900);
    }

    @Test
    void domainName_distinctIndexes_giveDistinctNames() {
        Set<String> names = new HashSet<>();
        for (int i = 0; i < 50_000; i++) {
            names.add(IndicatorMint.domainName(i));
        }

        assertThat(names).hasSize(50_000).contains("secure-secure.com", "secure-login.com");
    }
}
