package dev.needle.core.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.StringJoiner;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class IpAddressPropertyTest {

    private static final BigInteger ALL_ONES = BigInteger.ONE.shiftLeft(128)
            .subtract(BigInteger.ONE);

    @Property
    void canonicalText_parsesBackToTheSameAddress(@ForAll("addresses") IpAddress address) {
        assertThat(IpAddress.parse(address.canonical())).isEqualTo(address);
    }

    @Property
    void canonicalText_matchesABruteForceRfc5952Writer(@ForAll("addresses") IpAddress address) {
        assertThat(address.canonical()).isEqualTo(referenceText(address));
    }

    @Property
    void jdkText_parsesToTheSameAddress(@ForAll("addresses") IpAddress address)
            throws UnknownHostException {
        InetAddress jdk = InetAddress.getByAddress(bytes(address));

        assertThat(IpAddress.parse(jdk.getHostAddress())).isEqualTo(address);
    }

    @Property
    void sortableColumns_compareLikeTheUnsignedValue(@ForAll("addresses") IpAddress a,
            @ForAll("addresses") IpAddress b) {
        int bySortable = a.sortableHigh() != b.sortableHigh()
                ? Long.compare(a.sortableHigh(), b.sortableHigh())
                : Long.compare(a.sortableLow(), b.sortableLow());

        assertThat(Integer.signum(bySortable))
                .isEqualTo(value(a).compareTo(value(b)))
                .isEqualTo(Integer.signum(a.compareTo(b)));
    }

    @Property
    void cidr_membershipAgreesWithBigIntegerArithmetic(@ForAll("addresses") IpAddress member,
            @ForAll("addresses") IpAddress probe, @ForAll @IntRange(max = 128) int prefix) {
        Cidr block = Cidr.containing(member, prefix);
        BigInteger hostMask = ALL_ONES.shiftRight(prefix);
        BigInteger network = value(member).andNot(hostMask);

        assertThat(value(block.first())).isEqualTo(network);
        assertThat(value(block.last())).isEqualTo(network.or(hostMask));
        assertThat(block.contains(member)).isTrue();
        assertThat(block.contains(probe)).isEqualTo(value(probe).andNot(hostMask).equals(network));
    }

    @Property
    void cidr_textParsesBackToTheSameBlock(@ForAll("addresses") IpAddress member,
            @ForAll @IntRange(max = 128) int prefix) {
        Cidr block = Cidr.containing(member, prefix);

        assertThat(Cidr.parse(block.toString())).isEqualTo(block);
    }

    @Property
    void tryParse_arbitraryText_neverThrows(@ForAll("ipLikeText") String text) {
        assertThat(IpAddress.tryParse(text)).satisfiesAnyOf(
                result -> assertThat(result).isEmpty(),
                result -> assertThat(IpAddress.parse(result.orElseThrow().canonical()))
                        .isEqualTo(result.orElseThrow()));
    }

    @Provide
    Arbitrary<IpAddress> addresses() {
        Arbitrary<Integer> group = Arbitraries.oneOf(Arbitraries.just(0),
                Arbitraries.integers().between(0, 0xffff));
        Arbitrary<IpAddress> sparse = group.list().ofSize(8).map(IpAddressPropertyTest::fromGroups);
        Arbitrary<IpAddress> dense = Arbitraries.longs().tuple2()
                .map(t -> new IpAddress(t.get1(), t.get2()));
        Arbitrary<IpAddress> ipv4 = Arbitraries.integers().map(IpAddress::ofIpv4);
        return Arbitraries.oneOf(sparse, dense, ipv4);
    }

    @Provide
    Arbitrary<String> ipLikeText() {
        return Arbitraries.strings().withChars("0123456789abcdefABCDEFgx:./% []-")
                .ofMaxLength(50);
    }

    private static IpAddress fromGroups(List<Integer> groups) {
        long high = 0;
        long low = 0;
        for (int g = 0; g < 4; g++) {
            high = (high << 16) | groups.get(g);
            low = (low << 16) | groups.get(g + 4);
        }
        return new IpAddress(high, low);
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
}
