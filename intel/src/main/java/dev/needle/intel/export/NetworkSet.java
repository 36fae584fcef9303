package dev.needle.intel.export;

import dev.needle.core.net.Cidr;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * Distinct addresses and blocks in the numeric order of their 128-bit network (IPv4 lives in
 * {@code ::ffff:0:0/96}, so it comes before global IPv6), a wider block before the narrower ones
 * at the same network.
 */
final class NetworkSet {

    private static final Comparator<Cidr> ORDER =
            Comparator.comparing(Cidr::network).thenComparingInt(Cidr::prefixLength);
    private static final int SINGLE_ADDRESS = 128;

    private final TreeSet<Cidr> blocks = new TreeSet<>(ORDER);

    void add(Cidr block) {
        blocks.add(block);
    }

    int size() {
        return blocks.size();
    }

    /** Each entry as nginx and most tools want it: a lone address bare, a block with its prefix. */
    List<String> entries() {
        return blocks.stream().map(NetworkSet::entry).toList();
    }

    /** Each entry with its prefix, {@code /32} and {@code /128} included. */
    List<String> blocks() {
        return blocks.stream().map(Cidr::toString).toList();
    }

    private static String entry(Cidr block) {
        return block.prefixLength() == SINGLE_ADDRESS ? block.network().canonical()
                : block.toString();
    }
}
