package dev.needle.core.net;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.core.testing.CaseRandom;
import dev.needle.core.testing.Trials;
import java.math.BigInteger;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.StringJoiner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/** Properties of {@link IpAddress} and {@link Cidr} over generated addresses. */
class IpAddressPropertyTest {

    private static final int TRIES = 5000;

    private static final BigInteger ALL_ONES = BigInteger.ONE.shiftLeft(128)
            .subtract(BigInteger.ONE);

    /** The characters of IP literals and of the mistakes made around them. */
    private static final String IP_LIKE_CHARS = "0123456789abcdefABCDEFgx:./% []-";

    /** Literals next to the valid ones: the shortest, the longest, the nearly right. */
    private static final List<String> EDGE_TEXTS = List.of("", ":", "::", ":::", "::ffff:0:0",
            "::ffff:1.2.3.4", "1.2.3.4", "0.0.0.0", "255.255.255.255", "256.0.0.0", "01.2.3.4",
            "1.2.3", "1:2:3:4:5:6:7:8", "1:2:3:4:5:6:7:8:9", "1::2::3", "fe80::1%eth0", "[::1]",
            "::1.2.3.4", "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff", "12345::", "-1.2.3.4");

    @Test
    void canonicalText_parsesBackToTheSameAddress(TestInfo test) {
        Trials.check(test, TRIES, IpCases::addresses, IpCases::describe, address ->
                assertThat(IpAddress.parse(address.canonical())).isEqualTo(address));
    }

    @Test
    void canonicalText_matchesABruteForceRfc5952Writer(TestInfo test) {
        Trials.check(test, TRIES, IpCases::addresses, IpCases::describe, address ->
                assertThat(address.canonical()).isEqualTo(referenceText(address)));
    }

    @Test
    void jdkText_parsesToTheSameAddress(TestInfo test) {
        Trials.check(test, TRIES, IpCases::addresses, IpCases::describe, address -> {
            InetAddress jdk = InetAddress.getByAddress(bytes(address));

            assertThat(IpAddress.parse(jdk.getHostAddress())).isEqualTo(address);
        });
    }

    @Test
    void sortableColumns_compareLikeTheUnsignedValue(TestInfo test) {
        Trials.check(test, TRIES, Pair::draw, pair -> {
            IpAddress a = pair.a();
            IpAddress b = pair.b();
            int bySortable = a.sortableHigh() != b.sortableHigh()
                    ? Long.compare(a.sortableHigh(), b.sortableHigh())
                    : Long.compare(a.sortableLow(), b.sortableLow());

            assertThat(Integer.signum(bySortable))
                    .isEqualTo(value(a).compareTo(value(b)))
                    .isEqualTo(Integer.signum(a.compareTo(b)));
        });
    }

    @Test
    void cidr_membershipAgreesWithBigIntegerArithmetic(TestInfo test) {
        Trials.check(test, TRIES, Probe::draw, probe -> {
            Cidr block = Cidr.containing(probe.member(), probe.prefix());
            BigInteger hostMask = ALL_ONES.shiftRight(probe.prefix());
            BigInteger network = value(probe.member()).andNot(hostMask);

            assertThat(value(block.first())).isEqualTo(network);
            assertThat(value(block.last())).isEqualTo(network.or(hostMask));
            assertThat(block.contains(probe.member())).isTrue();
            assertThat(block.contains(probe.other()))
                    .isEqualTo(value(probe.other()).andNot(hostMask).equals(network));
        });
    }

    @Test
    void cidr_textParsesBackToTheSameBlock(TestInfo test) {
        Trials.check(test, TRIES, Block::draw, drawn -> {
            Cidr block = Cidr.containing(drawn.member(), drawn.prefix());

            assertThat(Cidr.parse(block.toString())).isEqualTo(block);
        });
    }

    @Test
    void tryParse_arbitraryText_neverThrows(TestInfo test) {
        Trials.check(test, TRIES, IpAddressPropertyTest::ipLikeText, text ->
                assertThat(IpAddress.tryParse(text)).satisfiesAnyOf(
                        result -> assertThat(result).isEmpty(),
                        result -> assertThat(IpAddress.parse(result.orElseThrow().canonical()))
                                .isEqualTo(result.orElseThrow())));
    }

    private static String ipLikeText(CaseRandom random) {
        return random.edge() ? random.pick(EDGE_TEXTS) : random.string(IP_LIKE_CHARS, 50);
    }

    private static byte[] bytes(IpAddress address) {
        return ByteBuffer.allocate(16).putLong(address.high()).putLong(address.low()).array();
    }

    private static BigInteger value(IpAddress address) {
        return new BigInteger(1, bytes(address));
    }

    /** RFC 5952 by trying every zero run from the longest down, leftmost first. */
    private static String referenceText(IpAddress address) {
        byte[] bytes = bytes(address);
        if (address.isIpv4()) {
            return (bytes[12] & 0xff) + "." + (bytes[13] & 0xff) + "." + (bytes[14] & 0xff)
                    + "." + (bytes[15] & 0xff);
        }
        int[] groups = new int[8];
        for (int g = 0; g < 8; g++) {
            groups[g] = ((bytes[2 * g] & 0xff) << 8) | (bytes[2 * g + 1] & 0xff);
        }
        for (int length = 8; length >= 2; length--) {
            for (int start = 0; start + length <= 8; start++) {
                if (allZero(groups, start, length)) {
                    return join(groups, 0, start) + "::" + join(groups, start + length, 8);
                }
            }
        }
        return join(groups, 0, 8);
    }

    private static boolean allZero(int[] groups, int start, int length) {
        for (int g = start; g < start + length; g++) {
            if (groups[g] != 0) {
                return false;
            }
        }
        return true;
    }

    private static String join(int[] groups, int from, int to) {
        StringJoiner joiner = new StringJoiner(":");
        for (int g = from; g < to; g++) {
            joiner.add(Integer.toHexString(groups[g]));
        }
        return joiner.toString();
    }

    /** Two addresses to compare. */
    private record Pair(IpAddress a, IpAddress b) {

        static Pair draw(CaseRandom random) {
            return new Pair(IpCases.addresses(random), IpCases.addresses(random));
        }

        @Override
        public String toString() {
            return "a=" + IpCases.describe(a) + ", b=" + IpCases.describe(b);
        }
    }

    /** A block, given by one member and its prefix length, and another address to test. */
    private record Probe(IpAddress member, IpAddress other, int prefix) {

        static Probe draw(CaseRandom random) {
            return new Probe(IpCases.addresses(random), IpCases.addresses(random),
                    IpCases.prefixLengths(random));
        }

        @Override
        public String toString() {
            return "member=" + IpCases.describe(member) + ", other=" + IpCases.describe(other)
                    + ", prefix=" + prefix;
        }
    }

    /** A block, given by one member and its prefix length. */
    private record Block(IpAddress member, int prefix) {

        static Block draw(CaseRandom random) {
            return new Block(IpCases.addresses(random), IpCases.prefixLengths(random));
        }

        @Override
        public String toString() {
            return "member=" + IpCases.describe(member) + ", prefix=" + prefix;
        }
    }
}
