package dev.needle.traffic.internal.geo;

/** Dotted-quad IPv4 parsing by hand, for the per-row hot path. */
public final class Ipv4 {

    private Ipv4() {
    }

    /**
     * The address as an unsigned 32-bit value in a long, or -1 when {@code text} is not a
     * dotted-quad IPv4 address.
     */
    public static long parse(CharSequence text) {
        int len = text.length();
        if (len < 7 || len > 15) {
            return -1;
        }
        byte[] bytes = new byte[len];
        for (int i = 0; i < len; i++) {
            char c = text.charAt(i);
            bytes[i] = c < 0x80 ? (byte) c : (byte) '?';
        }
        return parse(bytes, 0, len);
    }

    /** As {@link #parse(CharSequence)}, over ASCII bytes {@code buf[from, to)}. */
    public static long parse(byte[] buf, int from, int to) {
        if (to - from < 7 || to - from > 15) {
            return -1;
        }
        long value = 0;
        int octet = -1;
        int dots = 0;
        int digits = 0;
        for (int i = from; i < to; i++) {
            int c = buf[i];
            if (c == '.') {
                if (octet < 0 || ++dots > 3) {
                    return -1;
                }
                value = (value << 8) | octet;
                octet = -1;
                digits = 0;
            } else if (c >= '0' && c <= '9') {
                if (digits > 0 && octet == 0) {
                    return -1;
                }
                octet = (octet < 0 ? 0 : octet * 10) + (c - '0');
                if (++digits > 3 || octet > 255) {
                    return -1;
                }
            } else {
                return -1;
            }
        }
        if (dots != 3 || octet < 0) {
            return -1;
        }
        return (value << 8) | octet;
    }
}
