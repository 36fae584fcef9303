package dev.needle.traffic.internal.store;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/** The 128 bits of an IPv6 literal as two longs, high half first. */
final class Ipv6Bits {

    private Ipv6Bits() {
    }

    /** The address's halves, or {@code null} when {@code text} is not an IPv6 literal. */
    static long[] parse(String text) {
        if (text.indexOf(':') < 0 || text.length() > 45) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean hex = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
            if (!hex && c != ':' && c != '.') {
                return null;
            }
        }
        try {
            // Only hex digits, colons and dots reach here, so this parses a literal; no lookup.
            InetAddress address = InetAddress.getByName(text);
            byte[] b = address.getAddress();
            if (!(address instanceof Inet6Address) || b.length != 16) {
                return null;
            }
            return new long[] {toLong(b, 0), toLong(b, 8)};
        } catch (UnknownHostException e) {
            return null;
        }
    }

    private static long toLong(byte[] b, int from) {
        long value = 0;
        for (int i = from; i < from + 8; i++) {
            value = (value << 8) | (b[i] & 0xff);
        }
        return value;
    }
}
