package dev.needle.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IpPopulationTest {

    @ParameterizedTest
    @ValueSource(longs = {0, 1, -1, 42, Long.MIN_VALUE, Long.MAX_VALUE, 20_240_601L})
    void generate_seed_givesDistinctPublicAddresses(long seed) {
        IpPopulation population = IpPopulation.generate(5_000, 1.0, new SplitMix64(seed));

        Set<String> addresses = new HashSet<>();
        for (int rank = 0; rank < population.size(); rank++) {
            String address = new String(population.address(rank), StandardCharsets.US_ASCII);
            assertThat(IpPopulation.isPublic(parse(address))).as(address).isTrue();
            addresses.add(address);
        }
        assertThat(addresses).hasSize(5_000);
    }

    @ParameterizedTest
    @CsvSource({
        "0.1.2.3, false", "10.20.30.40, false", "100.64.0.1, false", "100.128.0.1, true",
        "127.0.0.1, false", "169.254.1.1, false", "172.16.0.1, false", "172.32.0.1, true",
        "192.0.2.7, false", "192.88.99.1, false", "192.168.1.1, false", "198.18.0.1, false",
        "198.51.100.9, false", "203.0.113.5, false", "224.0.0.1, false",
        "255.255.255.255, false", "83.149.9.216, true", "8.8.8.8, true"
    })
    void isPublic_knownAddress_matchesSpecialPurposeRegistry(String address, boolean expected) {
        assertThat(IpPopulation.isPublic(parse(address))).isEqualTo(expected);
    }

    @Test
    void draw_zipfExponentOne_makesRankOneAboutTenTimesRankTen() {
        IpPopulation population = IpPopulation.generate(1_000, 1.0, new SplitMix64(7));
        SplitMix64 random = new SplitMix64(8);
        Map<String, Integer> hits = new HashMap<>();

        for (int i = 0; i < 200_000; i++) {
            hits.merge(new String(population.draw(random), StandardCharsets.US_ASCII), 1,
                    Integer::sum);
        }

        int first = hits.get(new String(population.address(0), StandardCharsets.US_ASCII));
        int tenth = hits.get(new String(population.address(9), StandardCharsets.US_ASCII));
        assertThat((double) first / tenth).isBetween(8.0, 12.0);
        assertThat(hits.values()).allMatch(count -> count <= first);
    }

    private static int parse(String dottedQuad) {
        int address = 0;
        for (String part : dottedQuad.split("\\.")) {
            address = address << 8 | Integer.parseInt(part);
        }
        return address;
    }
}
