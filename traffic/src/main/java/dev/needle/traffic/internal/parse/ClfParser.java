package dev.needle.traffic.internal.parse;

/**
 * Parses Apache/nginx common and combined lines:
 * {@code host ident user [time] "request" status bytes} and, for combined,
 * {@code "referer" "user-agent"} after them. Fields after the user agent (nginx setups often add
 * some) are ignored.
 *
 * <p>A request line that is not {@code METHOD URI PROTOCOL} (a TLS handshake sent to a plain
 * port, a bare {@code "-"}) is still a request the server saw: it is stored with an empty method
 * and the raw text as its path. Quoted fields may hold backslash-escaped quotes, as both servers
 * write them.
 */
final class ClfParser implements LineParser {

    private final boolean combined;

    /** A parser for combined lines when {@code combined}, otherwise for common lines. */
    ClfParser(boolean combined) {
        this.combined = combined;
    }

    @Override
    public void parse(byte[] buf, int off, int len, RequestRow row) throws LineRejectedException {
        row.clear();
        int end = off + len;
        if (!Utf8.isValid(buf, off, end)) {
            row.invalidUtf8 = true;
        }
        int p = off;

        int hostEnd = indexOf(buf, p, end, (byte) ' ');
        if (hostEnd <= p) {
            throw new LineRejectedException("no client address at the start of the line");
        }
        row.set(RequestRow.IP, buf, p, hostEnd);
        p = skipField(buf, hostEnd + 1, end, "ident");
        p = skipField(buf, p, end, "user");

        if (p >= end || buf[p] != '[') {
            throw new LineRejectedException("expected '[' before the time");
        }
        int timeEnd = indexOf(buf, p + 1, end, (byte) ']');
        if (timeEnd < 0) {
            throw new LineRejectedException("time is not closed by ']'");
        }
        row.timeMicros = ClfTime.parseMicros(buf, p + 1, timeEnd);
        p = expect(buf, timeEnd + 1, end, ' ', "a space after the time");

        int requestEnd = quoted(buf, p, end, "request");
        request(buf, p + 1, requestEnd, row);
        p = expect(buf, requestEnd + 1, end, ' ', "a space after the request");

        int statusEnd = indexOfOrEnd(buf, p, end, (byte) ' ');
        row.status = (int) number(buf, p, statusEnd, "status", 999);
        if (row.status < 100) {
            throw new LineRejectedException("status " + row.status + " is not an HTTP status");
        }
        p = statusEnd + 1;
        if (p > end) {
            throw new LineRejectedException("line ends after the status; expected the size");
        }
        int bytesEnd = indexOfOrEnd(buf, p, end, (byte) ' ');
        row.bytes = bytesEnd - p == 1 && buf[p] == '-'
                ? 0 : number(buf, p, bytesEnd, "size", Long.MAX_VALUE / 10);

        if (combined) {
            p = expect(buf, bytesEnd, end, ' ', "the referer after the size");
            int refererEnd = quoted(buf, p, end, "referer");
            dashless(row, RequestRow.REFERER, buf, p + 1, refererEnd);
            p = expect(buf, refererEnd + 1, end, ' ', "the user agent after the referer");
            dashless(row, RequestRow.UA, buf, p + 1, closingQuoteOrEnd(buf, p, end));
        }
    }

    private static void request(byte[] buf, int from, int to, RequestRow row) {
        int sp1 = indexOf(buf, from, to, (byte) ' ');
        int sp2 = sp1 < 0 ? -1 : lastIndexOf(buf, sp1 + 1, to, (byte) ' ');
        if (sp1 > from && sp2 > sp1 + 1 && isToken(buf, from, sp1)) {
            row.set(RequestRow.METHOD, buf, from, sp1);
            uri(buf, sp1 + 1, sp2, row);
            row.set(RequestRow.PROTOCOL, buf, sp2 + 1, to);
        } else if (sp1 > from && sp2 < 0 && isToken(buf, from, sp1)) {
            row.set(RequestRow.METHOD, buf, from, sp1);
            uri(buf, sp1 + 1, to, row);
        } else if (to - from != 1 || buf[from] != '-') {
            row.set(RequestRow.PATH, buf, from, to);
        }
    }

    private static void uri(byte[] buf, int from, int to, RequestRow row) {
        int q = indexOf(buf, from, to, (byte) '?');
        if (q < 0) {
            row.set(RequestRow.PATH, buf, from, to);
        } else {
            row.set(RequestRow.PATH, buf, from, q);
            row.set(RequestRow.QUERY, buf, q + 1, to);
        }
    }

    private static void dashless(RequestRow row, int field, byte[] buf, int from, int to) {
        if (to - from != 1 || buf[from] != '-') {
            row.set(field, buf, from, to);
        }
    }

    private static boolean isToken(byte[] buf, int from, int to) {
        for (int i = from; i < to; i++) {
            byte b = buf[i];
            if (b < 'A' || b > 'Z') {
                if (b != '-' && b != '_' && (b < 'a' || b > 'z')) {
                    return false;
                }
            }
        }
        return to - from <= 32;
    }

    /** The index of the closing quote of a field opening at {@code p}. */
    private static int quoted(byte[] buf, int p, int end, String field)
            throws LineRejectedException {
        if (p >= end || buf[p] != '"') {
            throw new LineRejectedException("expected '\"' to open the " + field);
        }
        int close = closingQuote(buf, p + 1, end);
        if (close < 0) {
            throw new LineRejectedException("the " + field + " is not closed by '\"'");
        }
        return close;
    }

    /**
     * The end of the last quoted field. Real logs hold lines whose user agent was cut before its
     * closing quote; the rest of the line is then the user agent.
     */
    private static int closingQuoteOrEnd(byte[] buf, int p, int end) throws LineRejectedException {
        if (p >= end || buf[p] != '"') {
            throw new LineRejectedException("expected '\"' to open the user agent");
        }
        int close = closingQuote(buf, p + 1, end);
        return close < 0 ? end : close;
    }

    /** The first unescaped {@code "} in {@code buf[from, end)}, or -1. */
    private static int closingQuote(byte[] buf, int from, int end) {
        int i = from;
        while (true) {
            i = ByteScan.indexOfEither(buf, i, end, (byte) '"', (byte) '\\');
            if (i < 0 || buf[i] == '"') {
                return i;
            }
            i += 2;
            if (i >= end) {
                return -1;
            }
        }
    }

    private static int skipField(byte[] buf, int p, int end, String field)
            throws LineRejectedException {
        int sp = indexOf(buf, p, end, (byte) ' ');
        if (sp < 0) {
            throw new LineRejectedException("line ends in the " + field + " field");
        }
        return sp + 1;
    }

    private static int expect(byte[] buf, int p, int end, char c, String what)
            throws LineRejectedException {
        if (p >= end || buf[p] != c) {
            throw new LineRejectedException("expected " + what);
        }
        return p + 1;
    }

    private static long number(byte[] buf, int from, int to, String field, long max)
            throws LineRejectedException {
        if (from >= to || to - from > 18) {
            throw new LineRejectedException(field + " is not a number");
        }
        long value = 0;
        for (int i = from; i < to; i++) {
            int d = buf[i] - '0';
            if (d < 0 || d > 9) {
                throw new LineRejectedException(field + " is not a number");
            }
            value = value * 10 + d;
        }
        if (value > max) {
            throw new LineRejectedException(field + " " + value + " is out of range");
        }
        return value;
    }

    private static int indexOf(byte[] buf, int from, int to, byte b) {
        return ByteScan.indexOf(buf, from, to, b);
    }

    private static int indexOfOrEnd(byte[] buf, int from, int to, byte b) {
        int i = indexOf(buf, from, to, b);
        return i < 0 ? to : i;
    }

    private static int lastIndexOf(byte[] buf, int from, int to, byte b) {
        for (int i = to - 1; i >= from; i--) {
            if (buf[i] == b) {
                return i;
            }
        }
        return -1;
    }
}
