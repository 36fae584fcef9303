package dev.needle.intel.internal.match;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.core.net.Cidr;
import dev.needle.core.net.IpAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** Block containment by segments against checking every block. */
class RangeTableTest {

    @Property
    void covering_nestedAndOverlappingBlocks_agreesWithBruteForce(
            @ForAll("blocks") @Size(max = 40) List<Cidr> blocks,
            @ForAll @Size(max = 60) List<Integer> probes) {
        RangeTable table = RangeTable.of(blocks);
        List<IpAddress> addresses = new ArrayList<>();
        probes.forEach(p -> addresses.add(IpAddress.ofIpv4(p)));
        for (Cidr block : blocks) {
            addresses.add(block.first());
            addresses.add(block.last());
        }

        for (IpAddress address : addresses) {
            int[] expected = IntStream.range(0, blocks.size())
                    .filter(i -> blocks.get(i).contains(address)).toArray();
            assertThat(table.covering(address.high(), address.low())).isEqualTo(expected);
            assertThat(table.covers(address.high(), address.low()))
                    .isEqualTo(expected.length > 0);
        }
    }

    @Provide
    Arbitrary<List<Cidr>> blocks() {
        Arbitrary<Cidr> block = Arbitraries.integers().flatMap(network -> Arbitraries
                .integers().between(0, 32).map(prefix -> Cidr.containing(
                        IpAddress.ofIpv4(network & 0xFFFF00FF), 96 + prefix)));
        return block.list();
    }

    @Test
    void covering_ipv6AndWholeSpace_areHandled() {
        RangeTable table = RangeTable.of(List.of(Cidr.parse("2001:db8::/32"), Cidr.parse("::/0"),
                Cidr.parse("198.51.100.0/24")));
        IpAddress inside = IpAddress.parse("2001:db8::1");
        IpAddress ipv4 = IpAddress.parse("198.51.100.9");
        IpAddress last = IpAddress.parse("ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff");

        assertThat(table.covering(inside.high(), inside.low())).containsExactly(0, 1);
        assertThat(table.covering(ipv4.high(), ipv4.low())).containsExactly(1, 2);
        assertThat(table.covering(last.high(), last.low())).containsExactly(1);
    }
}
