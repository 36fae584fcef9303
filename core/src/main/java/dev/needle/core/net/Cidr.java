package dev.needle.core.net;

import java.util.Objects;
import java.util.Optional;

/**
 * A CIDR block: every address that shares the first {@code prefixLength} bits of
 * {@code network}.
 *
 * <p>The prefix length counts bits of the 128-bit value, so the IPv4 block {@code 10.0.0.0/8}
 * has a prefix length of 104 (96 bits of the IPv4-mapped prefix plus 8); {@link #toString()}
 * writes it back in IPv4 form.
 *
 * @param network the first address of the block; its host bits are zero
 * @param prefixLength the number of leading bits the block fixes, 0 to 128
 */
public record Cidr(IpAddress network, int prefixLength) {

    private static final int IPV4_OFFSET = 96;

    public Cidr {
        Objects.requireNonNull(network, "network");
        if (prefixLength < 0 || prefixLength > 128) {
            throw new IllegalArgumentException(
                    "prefix length " + prefixLength + " is outside 0 to 128");
        }
        if (!covering(network, prefixLength).equals(network)) {
            throw new IllegalArgumentException(network + " has host bits set for a /"
                    + prefixLength + " block");
        }
    }

    /**
     * Parses {@code a.b.c.d/n}, {@code ipv6/n} or a single address (a block of one); the prefix
     * is written as the user knows it, 0 to 32 for IPv4. A block with host bits set, such as
     * {@code 10.1.0.0/8}, is rejected with a message naming the intended network.
     */
    public static Cidr parse(String text) {
        int slash = text.indexOf('/');
        String addressText = slash < 0 ? text : text.substring(0, slash);
        IpAddress address = IpAddress.tryParse(addressText).orElseThrow(() ->
                new IllegalArgumentException("'" + text + "' is not a CIDR block: '"
                        + addressText + "' is not an IP address"));
        int maxPrefix = address.isIpv4() && !addressText.contains(":") ? 32 : 128;
        int prefix = slash < 0 ? maxPrefix : parsePrefix(text, text.substring(slash + 1),
                maxPrefix);
        int fullPrefix = maxPrefix == 32 ? prefix + IPV4_OFFSET : prefix;

        Cidr block = containing(address, fullPrefix);
        if (!block.network.equals(address)) {
            throw new IllegalArgumentException("'" + text + "' has host bits set; the block is "
                    + block);
        }
        return block;
    }

    /** Parses like {@link #parse(String)}, or returns empty; for untrusted bulk input. */
    public static Optional<Cidr> tryParse(String text) {
        try {
            return Optional.of(parse(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The block of the given 128-bit prefix length that contains {@code address}. */
    public static Cidr containing(IpAddress address, int prefixLength) {
        if (prefixLength < 0 || prefixLength > 128) {
            throw new IllegalArgumentException(
                    "prefix length " + prefixLength + " is outside 0 to 128");
        }
        return new Cidr(covering(address, prefixLength), prefixLength);
    }

    /** The lowest address in the block, the network itself. */
    public IpAddress first() {
        return network;
    }

    /** The highest address in the block. */
    public IpAddress last() {
        return new IpAddress(network.high() | ~highMask(prefixLength),
                network.low() | ~lowMask(prefixLength));
    }

    /** Whether the block holds {@code address}. */
    public boolean contains(IpAddress address) {
        return covering(address, prefixLength).equals(network);
    }

    /** Whether this is an IPv4 block, one inside {@code ::ffff:0:0/96}. */
    public boolean isIpv4() {
        return network.isIpv4() && prefixLength >= IPV4_OFFSET;
    }

    /** The block as users write it: {@code 10.0.0.0/8} or {@code 2001:db8::/32}. */
    @Override
    public String toString() {
        int shown = isIpv4() ? prefixLength - IPV4_OFFSET : prefixLength;
        return network.canonical() + "/" + shown;
    }

    private static int parsePrefix(String text, String digits, int maxPrefix) {
        boolean plainDigits = !digits.isEmpty() && digits.length() <= 3
                && digits.chars().allMatch(c -> c >= '0' && c <= '9');
        if (!plainDigits || Integer.parseInt(digits) > maxPrefix) {
            throw new IllegalArgumentException("'" + text + "' is not a CIDR block: prefix '"
                    + digits + "' must be a number from 0 to " + maxPrefix);
        }
        return Integer.parseInt(digits);
    }

    private static IpAddress covering(IpAddress address, int prefixLength) {
        return new IpAddress(address.high() & highMask(prefixLength),
                address.low() & lowMask(prefixLength));
    }

    private static long highMask(int prefixLength) {
        return maskOf(Math.min(prefixLength, 64));
    }

    private static long lowMask(int prefixLength) {
        return maskOf(Math.max(prefixLength - 64, 0));
    }

    /** A long whose first {@code bits} bits (0 to 64) are set. */
    private static long maskOf(int bits) {
        return bits == 0 ? 0L : -1L << (64 - bits);
    }
}
