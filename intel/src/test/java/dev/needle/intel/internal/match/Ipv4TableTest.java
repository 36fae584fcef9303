package dev.needle.intel.internal.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The packed IPv4 table against a plain map. */
class Ipv4TableTest {

    private static final long SEED = 20261204L;

    @Test
    void putIfAbsent_thenGet_agreesWithHashMap() {
        SplittableRandom random = new SplittableRandom(SEED);
        for (int trial = 0; trial < 300; trial++) {
            List<Integer> addresses = new ArrayList<>();
            int count = random.nextInt(3001);
            for (int i = 0; i < count; i++) {
                // Few distinct values half the time, so repeats and collisions happen.
                addresses.add(trial % 2 == 0 ? random.nextInt() : random.nextInt(500) - 250);
            }
            putThenGet(addresses, random.nextInt());
        }
    }

    @Test
    void forEachAddress_afterGrowth_handsOverEachAddressOnce() {
        SplittableRandom random = new SplittableRandom(SEED + 1);
        for (int trial = 0; trial < 100; trial++) {
            Ipv4Table table = new Ipv4Table(4);
            Set<Integer> expected = new HashSet<>();
            int count = random.nextInt(2001);
            for (int i = 0; i < count; i++) {
                int address = trial % 2 == 0 ? random.nextInt() : random.nextInt(300) - 150;
                table.putIfAbsent(address, 0);
                expected.add(address);
            }
            List<Integer> seen = new ArrayList<>();
            table.forEachAddress(seen::add);
            assertThat(seen).hasSize(expected.size()).containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    private static void putThenGet(List<Integer> addresses, int probe) {
        Ipv4Table table = new Ipv4Table(4);
        Map<Integer, Integer> expected = new HashMap<>();
        for (int address : addresses) {
            int candidate = expected.size();
            Integer existing = expected.putIfAbsent(address, candidate);
            int value = existing == null ? candidate : existing;
            assertThat(table.putIfAbsent(address, candidate)).isEqualTo(value);
        }

        for (int address : addresses) {
            assertThat(table.get(address)).isEqualTo(expected.get(address));
        }
        assertThat(table.get(probe)).isEqualTo(expected.getOrDefault(probe, -1));
        assertThat(table.size()).isEqualTo(expected.size());
    }

    @Test
    void get_broadcastAndZeroAddresses_areOrdinaryKeys() {
        Ipv4Table table = new Ipv4Table(16);
        table.putIfAbsent(-1, 7);
        table.putIfAbsent(0, 0);

        assertThat(table.get(-1)).isEqualTo(7);
        assertThat(table.get(0)).isEqualTo(0);
        SplittableRandom random = new SplittableRandom(SEED);
        for (int i = 0; i < 10_000; i++) {
            int other = i == 0 ? 1 : random.nextInt();
            if (other != -1 && other != 0) {
                assertThat(table.get(other)).as("seed %d other %d", SEED, other).isEqualTo(-1);
            }
        }
    }
}
