package dev.needle.traffic.internal.store;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * Maps byte strings to dense int ids, 1, 2, 3, ..., without making a Java string per lookup.
 *
 * <p>Keys live end to end in one growing byte arena. An open-addressing table, probed linearly,
 * holds each key's hash beside its id, so a probe that meets another key is settled without
 * touching the arena; only a hash match compares bytes. With millions of distinct paths the
 * table is far larger than the CPU caches, and every avoided memory access counts. Not
 * thread-safe. Limits: 2 GiB of distinct keys, each under 1 MiB.
 */
final class ByteDictionary {

    private static final VarHandle LONGS =
            MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final int LENGTH_BITS = 20;

    private byte[] arena = new byte[1 << 16];
    private int arenaUsed;
    /** Per id: start in the arena shifted left by {@value #LENGTH_BITS}, or'ed with length. */
    private long[] keyRef = new long[1024];
    /** Per slot: the key's hash in the high half, its id in the low half; 0 when empty. */
    private long[] table = new long[2048];
    private int size;
    private int maxId;

    /** The id of {@code buf[from, to)}, or 0 when the key is absent. */
    int find(byte[] buf, int from, int to) {
        int hash = hash(buf, from, to);
        int mask = table.length - 1;
        for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
            long entry = table[slot];
            if (entry == 0) {
                return 0;
            }
            if ((int) (entry >>> 32) == hash) {
                int id = (int) entry;
                if (matches(id, buf, from, to)) {
                    return id;
                }
            }
        }
    }

    /** Adds a key absent from the dictionary under {@code id}, which must be above all others. */
    void put(int id, byte[] buf, int from, int to) {
        if (id <= maxId) {
            throw new IllegalArgumentException("id " + id + " is not above " + maxId);
        }
        int length = to - from;
        if (length >= 1 << LENGTH_BITS) {
            throw new IllegalArgumentException("key of " + length + " bytes is over 1 MiB");
        }
        if ((long) arenaUsed + length > Integer.MAX_VALUE - 16) {
            throw new IllegalStateException("dictionary holds more than 2 GiB of distinct values");
        }
        if (arenaUsed + length > arena.length) {
            arena = Arrays.copyOf(arena, (int) Math.min(Integer.MAX_VALUE - 16,
                    Math.max((long) arena.length * 2, (long) arenaUsed + length)));
        }
        if (id >= keyRef.length) {
            keyRef = Arrays.copyOf(keyRef, Math.max(keyRef.length * 2, id + 1));
        }
        System.arraycopy(buf, from, arena, arenaUsed, length);
        keyRef[id] = ((long) arenaUsed << LENGTH_BITS) | length;
        arenaUsed += length;
        maxId = id;
        if (++size * 2 > table.length) {
            grow();
        }
        insert(hash(buf, from, to), id);
    }

    /** The highest id in the dictionary, 0 when empty. */
    int maxId() {
        return maxId;
    }

    private void insert(int hash, int id) {
        int mask = table.length - 1;
        int slot = hash & mask;
        while (table[slot] != 0) {
            slot = (slot + 1) & mask;
        }
        table[slot] = ((long) hash << 32) | (id & 0xffffffffL);
    }

    private void grow() {
        long[] old = table;
        table = new long[old.length * 2];
        for (long entry : old) {
            if (entry != 0) {
                insert((int) (entry >>> 32), (int) entry);
            }
        }
    }

    private boolean matches(int id, byte[] buf, int from, int to) {
        long ref = keyRef[id];
        int length = (int) (ref & ((1 << LENGTH_BITS) - 1));
        int start = (int) (ref >>> LENGTH_BITS);
        return length == to - from && Arrays.equals(arena, start, start + length, buf, from, to);
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
