package dev.needle.traffic.internal.store;

import java.util.Arrays;

/**
 * Ids of IPv4 client addresses, keyed by the address as an int: one probe of a primitive table
 * instead of hashing and comparing the address's text. Not thread-safe.
 */
final class Ipv4Ids {

    private int[] keys = new int[1 << 12];
    private int[] ids = new int[1 << 12];
    private int size;

    /** The id of {@code address}, or 0 when it has none yet. */
    int find(int address) {
        int mask = keys.length - 1;
        for (int slot = mix(address) & mask; ; slot = (slot + 1) & mask) {
            int id = ids[slot];
            if (id == 0 || keys[slot] == address) {
                return id;
            }
        }
    }

    /** Records {@code id} (positive) for an address that has none. */
    void put(int address, int id) {
        if (++size * 2 > keys.length) {
            grow();
        }
        insert(address, id);
    }

    private void insert(int address, int id) {
        int mask = keys.length - 1;
        int slot = mix(address) & mask;
        while (ids[slot] != 0) {
            slot = (slot + 1) & mask;
        }
        keys[slot] = address;
        ids[slot] = id;
    }

    private void grow() {
        int[] oldKeys = keys;
        int[] oldIds = ids;
        keys = new int[oldKeys.length * 2];
        ids = new int[oldIds.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldIds[i] != 0) {
                insert(oldKeys[i], oldIds[i]);
            }
        }
        Arrays.fill(oldIds, 0);
    }

    private static int mix(int x) {
        int h = x * 0x9E3779B1;
        return h ^ (h >>> 16);
    }
}
