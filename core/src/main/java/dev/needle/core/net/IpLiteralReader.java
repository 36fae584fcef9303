package dev.needle.core.net;

import java.util.Arrays;

/**
 * Reads IPv4 and IPv6 literals character by character, without regular expressions or name
 * lookups, because ingest calls it once per log line.
 *
 * <p>Returns {@code null} for anything that is not a literal; {@link IpAddress} turns that into
 * an empty {@code Optional} or an exception.
 */
final class IpLiteralReader {

    private static final int NOT_IPV4 = -1;

    private IpLiteralReader() {
    }

    static IpAddress read(CharSequence text) {
        if (text == null || text.isEmpty() || text.length() > 45) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == ':') {
                return readIpv6(text);
            }
        }
        long bits = readIpv4(text, 0, text.length());
        return bits == NOT_IPV4 ? null : IpAddress.ofIpv4((int) bits);
    }

    /** The dotted quad in {@code [start, end)} as an unsigned 32-bit value, or -1. */
    static long readIpv4(CharSequence text, int start, int end) {
        long bits = 0;
        int octets = 0;
        int i = start;
        while (octets < 4) {
            int digitsStart = i;
            int value = 0;
            while (i < end && i - digitsStart < 3 && isDigit(text.charAt(i))) {
                value = value * 10 + (text.charAt(i) - '0');
                i++;
            }
            int digits = i - digitsStart;
            boolean leadingZero = digits > 1 && text.charAt(digitsStart) == '0';
            if (digits == 0 || value > 255 || leadingZero) {
                return NOT_IPV4;
            }
            bits = (bits << 8) | value;
            octets++;
            if (octets < 4) {
                if (i >= end || text.charAt(i) != '.') {
                    return NOT_IPV4;
                }
                i++;
            }
        }
        return i == end ? bits : NOT_IPV4;
    }

    private static IpAddress readIpv6(CharSequence text) {
        int[] groups = new int[8];
        int count = 0;
        int gap = -1;
        int end = text.length();
        int i = 0;

        if (text.charAt(0) == ':') {
            if (end < 2 || text.charAt(1) != ':') {
                return null;
            }
            gap = 0;
            i = 2;
        }
        while (i < end) {
            if (count == 8) {
                return null;
            }
            int groupStart = i;
            int value = 0;
            while (i < end && i - groupStart < 5 && hexValue(text.charAt(i)) >= 0) {
                value = (value << 4) | hexValue(text.charAt(i));
                i++;
            }
            int digits = i - groupStart;
            if (i < end && text.charAt(i) == '.') {
                return withIpv4Tail(text, groupStart, groups, count, gap);
            }
            if (digits == 0 || digits > 4) {
                return null;
            }
            groups[count++] = value;
            if (i == end) {
                break;
            }
            if (text.charAt(i) != ':' || i + 1 == end) {
                return null;
            }
            i++;
            if (text.charAt(i) == ':') {
                if (gap >= 0) {
                    return null;
                }
                gap = count;
                i++;
            }
        }
        return assemble(groups, count, gap);
    }

    private static IpAddress withIpv4Tail(CharSequence text, int start, int[] groups, int count,
            int gap) {
        long bits = readIpv4(text, start, text.length());
        if (bits == NOT_IPV4 || count > 6) {
            return null;
        }
        groups[count] = (int) (bits >>> 16);
        groups[count + 1] = (int) (bits & 0xffff);
        return assemble(groups, count + 2, gap);
    }

    /** Moves the groups after {@code ::} to the end and packs all eight into two longs. */
    private static IpAddress assemble(int[] groups, int count, int gap) {
        if ((gap < 0 && count != 8) || (gap >= 0 && count == 8)) {
            return null;
        }
        if (gap >= 0) {
            int tail = count - gap;
            System.arraycopy(groups, gap, groups, 8 - tail, tail);
            Arrays.fill(groups, gap, 8 - tail, 0);
        }
        long high = 0;
        long low = 0;
        for (int g = 0; g < 4; g++) {
            high = (high << 16) | groups[g];
            low = (low << 16) | groups[g + 4];
        }
        return new IpAddress(high, low);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int hexValue(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }
}
