package dev.needle.intel.internal.match;

import dev.needle.core.net.Cidr;
import java.util.ArrayList;
import java.util.List;

/**
 * The IPv4 addresses and CIDR blocks of several dataset indexes merged into one table and one
 * block table, so that asking whether any of them knows an address costs one probe and one
 * block search however many datasets there are. Immutable; built in time linear in the
 * datasets' addresses, and holding a second copy of them.
 */
final class Ipv4Union {

    private static final long MAPPED_IPV4 = 0xffffL << 32;

    private final Ipv4Table addresses;
    private final RangeTable ranges;

    private Ipv4Union(Ipv4Table addresses, RangeTable ranges) {
        this.addresses = addresses;
        this.ranges = ranges;
    }

    /** The union of these indexes' addresses and blocks. */
    static Ipv4Union of(DatasetIndex[] indexes) {
        int expected = 0;
        for (DatasetIndex index : indexes) {
            expected += index.ipv4Count();
        }
        Ipv4Table addresses = new Ipv4Table(expected);
        List<Cidr> blocks = new ArrayList<>();
        for (DatasetIndex index : indexes) {
            index.forEachIpv4(address -> addresses.putIfAbsent(address, 0));
            blocks.addAll(index.blocks());
        }
        return new Ipv4Union(addresses, RangeTable.of(blocks));
    }

    /** Whether an address is stored in one of the datasets or lies inside a stored block. */
    boolean knows(int address) {
        return addresses.get(address) >= 0
                || ranges.covers(0, MAPPED_IPV4 | Integer.toUnsignedLong(address));
    }
}
