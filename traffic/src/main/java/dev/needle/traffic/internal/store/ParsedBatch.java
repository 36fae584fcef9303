package dev.needle.traffic.internal.store;

import dev.needle.traffic.internal.parse.RequestRow;
import java.util.Arrays;

/**
 * Parsed requests with their text fields copied into one byte array: what the reading thread
 * hands to the storing thread, which turns them into ids. Copying lets the reader reuse its line
 * buffer at once, and splits the work so that parsing and encoding run on both cores. Reused;
 * owned by one thread at a time.
 */
final class ParsedBatch {

    static final int CAPACITY = 8192;
    private static final int FIELDS = RequestRow.TEXT_FIELDS;

    private byte[] data = new byte[1 << 21];
    private int used;
    private final int[] bounds = new int[CAPACITY * FIELDS * 2];
    private final long[] timeMicros = new long[CAPACITY];
    private final int[] status = new int[CAPACITY];
    private final long[] bytes = new long[CAPACITY];
    private final long[] asn = new long[CAPACITY];
    private final boolean[] invalidUtf8 = new boolean[CAPACITY];
    private int size;

    /** Whether the storing thread commits after this batch. */
    boolean commit;
    /** The source state to record with that commit; null for an untracked source (stdin). */
    SourceState sourceState;

    int size() {
        return size;
    }

    boolean full() {
        return size == CAPACITY;
    }

    /** Copies {@code row} into the batch, which must not be full. */
    void add(RequestRow row) {
        int i = size++;
        for (int f = 0; f < FIELDS; f++) {
            int length = row.end(f) - row.start(f);
            if (used + length > data.length) {
                data = Arrays.copyOf(data, Math.max(data.length * 2, used + length));
            }
            System.arraycopy(row.buffer(f), row.start(f), data, used, length);
            int b = (i * FIELDS + f) * 2;
            bounds[b] = used;
            bounds[b + 1] = used + length;
            used += length;
        }
        timeMicros[i] = row.timeMicros;
        status[i] = row.status;
        bytes[i] = row.bytes;
        asn[i] = row.asn;
        invalidUtf8[i] = row.invalidUtf8;
    }

    /** Points {@code row} at the {@code i}th request of the batch. */
    void load(int i, RequestRow row) {
        row.clear();
        for (int f = 0; f < FIELDS; f++) {
            int b = (i * FIELDS + f) * 2;
            row.set(f, data, bounds[b], bounds[b + 1]);
        }
        row.timeMicros = timeMicros[i];
        row.status = status[i];
        row.bytes = bytes[i];
        row.asn = asn[i];
        row.invalidUtf8 = invalidUtf8[i];
    }

    void clear() {
        size = 0;
        used = 0;
        commit = false;
        sourceState = null;
    }
}
