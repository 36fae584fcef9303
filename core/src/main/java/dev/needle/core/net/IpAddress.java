package dev.needle.core.net;

import java.util.Optional;

/**
 * An IPv4 or IPv6 address as one 128-bit value, split into its high and low 64 bits.
 *
 * <p>IPv4 addresses live in the IPv4-mapped range {@code ::ffff:0:0/96}, so {@code 1.2.3.4} and
 * {@code ::ffff:1.2.3.4} are the same address and both print as {@code 1.2.3.4}. Other IPv6
 * addresses print in the RFC 5952 form: lower case, no leading zeros, the longest run of two or
 * more zero groups shortened to {@code ::}.
 *
 * <p>Storage keeps the two halves as signed BIGINT columns; {@link #sortableHigh()} and
 * {@link #sortableLow()} flip the sign bit of each half so that comparing the columns as signed
 * numbers, high first, orders addresses as unsigned 128-bit numbers.
 *
 * <p>Parsing is by hand and never resolves names. Zone ids ({@code fe80::1%eth0}), brackets and
 * IPv4 octets with leading zeros are rejected.
 *
 * @param high the upper 64 bits of the address, as an unsigned value
 * @param low the lower 64 bits of the address, as an unsigned value
 */
public record IpAddress(long high, long low) implements Comparable<IpAddress> {

    /** The high half of every IPv4-mapped address. */
    static final long MAPPED_HIGH = 0L;

    /** The upper 32 bits of the low half of every IPv4-mapped address. */
    static final long MAPPED_MARKER = 0xffffL;

    /** Parses an IPv4 or IPv6 literal; the message of a failure names the text. */
    public static IpAddress parse(CharSequence text) {
        return tryParse(text).orElseThrow(() -> new IllegalArgumentException(
                "'" + text + "' is not an IPv4 or IPv6 address"));
    }

    /** Parses an IPv4 or IPv6 literal, or returns empty; for hot paths with untrusted input. */
    public static Optional<IpAddress> tryParse(CharSequence text) {
        return Optional.ofNullable(IpLiteralReader.read(text));
    }

    /** The address of an IPv4 value given as an unsigned 32-bit number. */
    public static IpAddress ofIpv4(int bits) {
        return new IpAddress(MAPPED_HIGH, (MAPPED_MARKER << 32) | Integer.toUnsignedLong(bits));
    }

    /** The address whose storage columns hold these values; the inverse of the sortable pair. */
    public static IpAddress ofSortable(long sortableHigh, long sortableLow) {
        return new IpAddress(sortableHigh ^ Long.MIN_VALUE, sortableLow ^ Long.MIN_VALUE);
    }

    /** Whether this is an IPv4 address, that is, one in {@code ::ffff:0:0/96}. */
    public boolean isIpv4() {
        return high == MAPPED_HIGH && (low >>> 32) == MAPPED_MARKER;
    }

    /** The value of the high storage column: the high bits with the sign bit flipped. */
    public long sortableHigh() {
        return high ^ Long.MIN_VALUE;
    }

    /** The value of the low storage column: the low bits with the sign bit flipped. */
    public long sortableLow() {
        return low ^ Long.MIN_VALUE;
    }

    /** The canonical text: dotted quad for IPv4, RFC 5952 for IPv6. */
    public String canonical() {
        return IpLiteralWriter.write(this);
    }

    @Override
    public int compareTo(IpAddress other) {
        int byHigh = Long.compareUnsigned(high, other.high);
        return byHigh != 0 ? byHigh : Long.compareUnsigned(low, other.low);
    }

    /** The canonical text, as {@link #canonical()}. */
    @Override
    public String toString() {
        return canonical();
    }
}
