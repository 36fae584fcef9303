package dev.needle.core.net;

import dev.needle.core.testing.CaseRandom;
import java.util.List;

/**
 * Generators of IP addresses and prefix lengths for property tests, biased towards the
 * addresses where the 128-bit arithmetic, the IPv4 mapping and the RFC 5952 writer can go wrong.
 */
public final class IpCases {

    /** Addresses at the boundaries: the ends, the sign bits of both halves, the IPv4 range. */
    static final List<IpAddress> EDGE_ADDRESSES = List.of(
            new IpAddress(0, 0),
            new IpAddress(0, 1),
            new IpAddress(-1, -1),
            IpAddress.ofIpv4(0),
            IpAddress.ofIpv4(-1),
            IpAddress.ofIpv4(Integer.MAX_VALUE),
            IpAddress.ofIpv4(Integer.MIN_VALUE),
            new IpAddress(0, 0x0000_fffe_ffff_ffffL),
            new IpAddress(0, 0x0001_0000_0000_0000L),
            new IpAddress(Long.MAX_VALUE, -1),
            new IpAddress(Long.MIN_VALUE, 0),
            new IpAddress(0, Long.MAX_VALUE),
            new IpAddress(0, Long.MIN_VALUE),
            new IpAddress(Long.MIN_VALUE, Long.MIN_VALUE),
            new IpAddress(Long.MAX_VALUE, Long.MAX_VALUE),
            new IpAddress(0x2001_0db8_0000_0000L, 0),
            new IpAddress(0x0001_0000_0000_0001L, 0x0000_0000_0001_0001L),
            new IpAddress(0x0001_0000_0001_0001L, 0x0001_0001_0001_0001L));

    /** Prefix lengths at the ends and at the 64-bit and IPv4-mapped boundaries. */
    private static final List<Integer> EDGE_PREFIXES = List.of(0, 1, 63, 64, 65, 95, 96, 97,
            127, 128);

    private IpCases() {
    }

    /**
     * Any address: one of the edge addresses, one with many zero groups (for {@code ::}), any
     * 128-bit value, or any IPv4 address.
     */
    public static IpAddress addresses(CaseRandom random) {
        if (random.edge()) {
            return random.pick(EDGE_ADDRESSES);
        }
        return random.oneOf(IpCases::sparse, IpCases::dense, IpCases::ipv4);
    }

    /** A prefix length from 0 to 128, with the boundary lengths favoured. */
    public static int prefixLengths(CaseRandom random) {
        return random.edge() ? random.pick(EDGE_PREFIXES) : random.intBetween(0, 128);
    }

    /** The address as its two halves in hex, which stays true even if its text is wrong. */
    public static String describe(IpAddress address) {
        return String.format("IpAddress(0x%016xL, 0x%016xL)", address.high(), address.low());
    }

    /** Eight groups, each zero half the time, so that zero runs of every length occur. */
    private static IpAddress sparse(CaseRandom random) {
        long high = 0;
        long low = 0;
        for (int g = 0; g < 4; g++) {
            high = (high << 16) | group(random);
            low = (low << 16) | group(random);
        }
        return new IpAddress(high, low);
    }

    private static long group(CaseRandom random) {
        return random.coin() ? 0 : random.intBetween(0, 0xffff);
    }

    private static IpAddress dense(CaseRandom random) {
        return new IpAddress(random.anyLong(), random.anyLong());
    }

    private static IpAddress ipv4(CaseRandom random) {
        return IpAddress.ofIpv4(random.anyInt());
    }
}
