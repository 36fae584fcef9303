package dev.needle.traffic.internal.store;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * Maps byte strings to dense int ids, 1, 2, 3, ..., without making a Java string per lookup.
 *
 * <p>Keys live end to end in one growing byte arena; an open-addressing table of ids, probed
 * linearly, finds them. This is what makes ingest fast: a user agent seen before costs a hash
 * and a comparison. Not thread-safe. Limit: the arena holds at most 2 GiB of distinct keys.
 */
final class ByteDictionary {

    private static final VarHandle LONGS =
            MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private byte[] arena = new byte[1 << 16];
    private int arenaUsed;
    private int[] keyStart = new int[1024];
    private int[] keyLength = new int[1024];
    private int[] table = new int[2048];
    private int size;
    private int maxId;

    /** The id of {@code buf[from, to)}, or 0 when the key is absent. */
    int find(byte[] buf, int from, int to) {
        int mask = table.length - 1;
        for (int slot = hash(buf, from, to) & mask; ; slot = (slot + 1) & mask) {
            int id = table[slot];
            if (id == 0) {
                return 0;
            }
            if (matches(id, buf, from, to)) {
                return id;
            }
        }
    }

    /** Adds a key absent from the dictionary under {@code id}, which must be above all others. */
    void put(int id, byte[] buf, int from, int to) {
        if (id <= maxId) {
            throw new IllegalArgumentException("id " + id + " is not above " + maxId);
        }
        int length = to - from;
        if ((long) arenaUsed + length > Integer.MAX_VALUE - 16) {
            throw new IllegalStateException("dictionary holds more than 2 GiB of distinct values");
        }
        if (arenaUsed + length > arena.length) {
            arena = Arrays.copyOf(arena, (int) Math.min(Integer.MAX_VALUE - 16,
                    Math.max((long) arena.length * 2, (long) arenaUsed + length)));
        }
        if (id >= keyStart.length) {
            int capacity = Math.max(keyStart.length * 2, id + 1);
            keyStart = Arrays.copyOf(keyStart, capacity);
            keyLength = Arrays.copyOf(keyLength, capacity);
        }
        System.arraycopy(buf, from, arena, arenaUsed, length);
        keyStart[id] = arenaUsed;
        keyLength[id] = length;
        arenaUsed += length;
        maxId = id;
        if (++size * 2 > table.length) {
            grow();
        }
        insert(id);
    }

    /** The highest id in the dictionary, 0 when empty. */
    int maxId() {
        return maxId;
    }

    private void insert(int id) {
        int mask = table.length - 1;
        int slot = hash(arena, keyStart[id], keyStart[id] + keyLength[id]) & mask;
        while (table[slot] != 0) {
            slot = (slot + 1) & mask;
        }
        table[slot] = id;
    }

    private void grow() {
        int[] old = table;
        table = new int[old.length * 2];
        for (int id : old) {
            if (id != 0) {
                insert(id);
            }
        }
    }

    private boolean matches(int id, byte[] buf, int from, int to) {
        int start = keyStart[id];
        return keyLength[id] == to - from
                && Arrays.equals(arena, start, start + keyLength[id], buf, from, to);
    }

    private static int hash(byte[] buf, int from, int to) {
        long h = 0x9E3779B97F4A7C15L ^ (to - from);
        int i = from;
        for (; i + 8 <= to; i += 8) {
            h = (h ^ (long) LONGS.get(buf, i)) * 0xBF58476D1CE4E5B9L;
            h ^= h >>> 29;
        }
        for (; i < to; i++) {
            h = (h ^ buf[i]) * 0x94D049BB133111EBL;
        }
        h ^= h >>> 32;
        return (int) (h ^ (h >>> 16));
    }
}
