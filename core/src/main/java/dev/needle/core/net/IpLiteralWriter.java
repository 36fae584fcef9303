package dev.needle.core.net;

/** Writes the canonical text of an address: dotted quad for IPv4, RFC 5952 for IPv6. */
final class IpLiteralWriter {

    private IpLiteralWriter() {
    }

    static String write(IpAddress address) {
        if (address.isIpv4()) {
            return writeIpv4((int) address.low());
        }
        return writeIpv6(address.high(), address.low());
    }

    private static String writeIpv4(int bits) {
        StringBuilder out = new StringBuilder(15);
        for (int shift = 24; shift >= 0; shift -= 8) {
            out.append((bits >>> shift) & 0xff);
            if (shift > 0) {
                out.append('.');
            }
        }
        return out.toString();
    }

    private static String writeIpv6(long high, long low) {
        int[] groups = new int[8];
        for (int g = 0; g < 4; g++) {
            groups[g] = (int) (high >>> (48 - 16 * g)) & 0xffff;
            groups[g + 4] = (int) (low >>> (48 - 16 * g)) & 0xffff;
        }

        int runStart = -1;
        int runLength = 0;
        for (int g = 0; g < 8; ) {
            int end = g;
            while (end < 8 && groups[end] == 0) {
                end++;
            }
            // RFC 5952 4.2.2 and 4.2.3: only runs of two or more, and the first of equal runs.
            if (end - g > runLength && end - g >= 2) {
                runStart = g;
                runLength = end - g;
            }
            g = end == g ? g + 1 : end;
        }

        StringBuilder out = new StringBuilder(39);
        for (int g = 0; g < 8; g++) {
            if (g == runStart) {
                out.append("::");
                g += runLength - 1;
                continue;
            }
            if (!out.isEmpty() && out.charAt(out.length() - 1) != ':') {
                out.append(':');
            }
            out.append(Integer.toHexString(groups[g]));
        }
        return out.toString();
    }
}
