package dev.needle.intel.internal.match;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.core.net.Cidr;
import dev.needle.core.net.IpAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Block containment by segments against checking every block. */
class RangeTableTest {

    private static final long SEED = 20261204L;

    @Test
    void covering_nestedAndOverlappingBlocks_agreesWithBruteForce() {
        SplittableRandom random = new SplittableRandom(SEED);
        for (int trial = 0; trial < 1_000; trial++) {
            List<Cidr> blocks = new ArrayList<>();
            int count = random.nextInt(41);
            for (int i = 0; i < count; i++) {
                blocks.add(Cidr.containing(IpAddress.ofIpv4(random.nextInt() & 0xFFFF00FF),
                        96 + random.nextInt(33)));
            }
            List<Integer> probes = new ArrayList<>();
            int probeCount = random.nextInt(61);
            for (int i = 0; i < probeCount; i++) {
                probes.add(random.nextInt());
            }
            check(blocks, probes);
        }
    }

    private static void check(List<Cidr> blocks, List<Integer> probes) {
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
            assertThat(table.covering(address.high(), address.low()))
                    .as("seed %d blocks %s address %s", SEED, blocks, address)
                    .isEqualTo(expected);
            assertThat(table.covers(address.high(), address.low()))
                    .isEqualTo(expected.length > 0);
        }
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
