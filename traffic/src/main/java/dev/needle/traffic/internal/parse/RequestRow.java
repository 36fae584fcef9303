package dev.needle.traffic.internal.parse;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * One parsed request, reused line after line. Text fields are byte ranges into the line (or
 * into a copy for formats that decode first), so that a value seen before costs a dictionary
 * lookup and no string. Fields a format does not carry stay empty or zero.
 */
public final class RequestRow {

    public static final int IP = 0;
    public static final int METHOD = 1;
    public static final int PATH = 2;
    public static final int QUERY = 3;
    public static final int PROTOCOL = 4;
    public static final int REFERER = 5;
    public static final int UA = 6;
    public static final int HOST = 7;
    /** ISO 3166 alpha-2 code carried by the log itself (Cloudflare); empty to look it up. */
    public static final int COUNTRY = 8;
    public static final int JA3 = 9;
    public static final int JA4 = 10;
    public static final int TEXT_FIELDS = 11;

    private static final byte[] EMPTY = new byte[0];

    private final byte[][] bufs = new byte[TEXT_FIELDS][];
    private final int[] from = new int[TEXT_FIELDS];
    private final int[] to = new int[TEXT_FIELDS];

    /** Request time in microseconds since the epoch, UTC. */
    public long timeMicros;
    public int status;
    public long bytes;
    /** Autonomous system number carried by the log itself, or 0 to look it up. */
    public long asn;
    /** Set when the line held bytes that are not UTF-8; they are stored as U+FFFD. */
    public boolean invalidUtf8;

    public RequestRow() {
        clear();
    }

    /** Resets every field before the next line. */
    public void clear() {
        Arrays.fill(bufs, EMPTY);
        Arrays.fill(from, 0);
        Arrays.fill(to, 0);
        timeMicros = 0;
        status = 0;
        bytes = 0;
        asn = 0;
        invalidUtf8 = false;
    }

    /** Sets a text field to {@code buf[start, end)}; the bytes must stay put until stored. */
    public void set(int field, byte[] buf, int start, int end) {
        bufs[field] = buf;
        from[field] = start;
        to[field] = end;
    }

    /** Sets a text field to a decoded string. */
    public void setText(int field, String text) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        set(field, utf8, 0, utf8.length);
    }

    public byte[] buffer(int field) {
        return bufs[field];
    }

    public int start(int field) {
        return from[field];
    }

    public int end(int field) {
        return to[field];
    }

    public boolean isEmpty(int field) {
        return to[field] == from[field];
    }

    /** A text field as a string, for tests and messages; the store works on the bytes. */
    public String text(int field) {
        return new String(bufs[field], from[field], to[field] - from[field],
                StandardCharsets.UTF_8);
    }

    /**
     * Rewrites every text field as well-formed UTF-8 (malformed bytes become U+FFFD), so that
     * one displayed value always has one stored form.
     */
    public void repairUtf8() {
        for (int field = 0; field < TEXT_FIELDS; field++) {
            if (!Utf8.isValid(bufs[field], from[field], to[field])) {
                setText(field, text(field));
            }
        }
    }
}
