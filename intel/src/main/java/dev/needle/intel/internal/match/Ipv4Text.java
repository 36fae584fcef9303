package dev.needle.intel.internal.match;

/** Reads canonical dotted-quad IPv4 text without allocating; for bulk lookups. */
final class Ipv4Text {

    private Ipv4Text() {
    }

    /** The address as an unsigned 32-bit value, or -1 when the text is not a canonical IPv4. */
    static long parse(String text) {
        int length = text.length();
        if (length < 7 || length > 15) {
            return -1;
        }
        long address = 0;
        int octets = 0;
        int i = 0;
        while (i < length) {
            int start = i;
            int octet = 0;
            while (i < length && text.charAt(i) != '.') {
                char c = text.charAt(i);
                if (c < '0' || c > '9' || i - start == 3) {
                    return -1;
                }
                octet = octet * 10 + (c - '0');
                i++;
            }
            boolean leadingZero = text.charAt(start) == '0' && i - start > 1;
            if (i == start || octet > 255 || leadingZero) {
                return -1;
            }
            address = (address << 8) | octet;
            octets++;
            if (i < length) {
                i++;
                if (i == length) {
                    return -1;
                }
            }
        }
        return octets == 4 ? address : -1;
    }
}
