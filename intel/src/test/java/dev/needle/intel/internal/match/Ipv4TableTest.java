package dev.needle.intel.internal.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;

/** The packed IPv4 table against a plain map. */
class Ipv4TableTest {

    @Property
    void putIfAbsent_thenGet_agreesWithHashMap(@ForAll @Size(max = 3000) List<Integer> addresses,
            @ForAll int probe) {
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

    @Property
    void get_broadcastAndZeroAddresses_areOrdinaryKeys(@ForAll int other) {
        Ipv4Table table = new Ipv4Table(16);
        table.putIfAbsent(-1, 7);
        table.putIfAbsent(0, 0);

        assertThat(table.get(-1)).isEqualTo(7);
        assertThat(table.get(0)).isEqualTo(0);
        if (other != -1 && other != 0) {
            assertThat(table.get(other)).isEqualTo(-1);
        }
    }
}
