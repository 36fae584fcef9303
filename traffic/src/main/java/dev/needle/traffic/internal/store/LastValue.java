package dev.needle.traffic.internal.store;

import java.util.Arrays;

/**
 * The last value a field had and its id. Consecutive log lines often repeat a field (a browser
 * fetching a page's assets sends one user agent and referer), and comparing with the previous
 * value is cheaper than a dictionary lookup, which hashes the bytes and touches a random place
 * in memory.
 */
final class LastValue {

    private byte[] key = new byte[64];
    private int length = -1;
    private int id;

    /** The remembered id when {@code buf[from, to)} equals the last value, else 0. */
    int match(byte[] buf, int from, int to) {
        return to - from == length && Arrays.equals(key, 0, length, buf, from, to) ? id : 0;
    }

    /** Remembers {@code buf[from, to)} as the last value, with its id. */
    void remember(byte[] buf, int from, int to, int valueId) {
        int n = to - from;
        if (n > key.length) {
            key = new byte[Math.max(n, key.length * 2)];
        }
        System.arraycopy(buf, from, key, 0, n);
        length = n;
        id = valueId;
    }
}
