package dev.needle.intel.internal.match;

import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * An open-addressing hash table from IPv4 addresses to non-negative ints, with linear probing.
 * Each slot is one long holding the address in its upper and the value in its lower 32 bits,
 * so a lookup usually touches a single cache line. Empty slots hold -1, which no entry can
 * equal because values are never negative.
 *
 * <p>Filled by one thread while an index is built, then only read, by any number of threads,
 * once the index has been published.
 */
final class Ipv4Table {

    private static final long EMPTY = -1L;
    private static final double MAX_LOAD = 0.6;

    private long[] slots;
    private int mask;
    private int size;

    Ipv4Table(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, (int) (expected / MAX_LOAD)) - 1) << 1;
        slots = new long[capacity];
        Arrays.fill(slots, EMPTY);
        mask = capacity - 1;
    }

    /** The value of {@code address}, or -1 when absent. */
    int get(int address) {
        int i = spread(address) & mask;
        while (true) {
            long slot = slots[i];
            if (slot == EMPTY) {
                return -1;
            }
            if ((int) (slot >>> 32) == address) {
                return (int) slot;
            }
            i = (i + 1) & mask;
        }
    }

    /** The value of {@code address}; when absent, stores {@code value} and returns it. */
    int putIfAbsent(int address, int value) {
        if (value < 0) {
            throw new IllegalArgumentException("value " + value + " is negative");
        }
        int i = spread(address) & mask;
        while (true) {
            long slot = slots[i];
            if (slot == EMPTY) {
                slots[i] = ((long) address << 32) | value;
                if (++size > slots.length * MAX_LOAD) {
                    grow();
                }
                return value;
            }
            if ((int) (slot >>> 32) == address) {
                return (int) slot;
            }
            i = (i + 1) & mask;
        }
    }

    /** How many addresses it holds. */
    int size() {
        return size;
    }

    /** Hands every address and its value to {@code sink}, in no particular order. */
    void forEachEntry(EntrySink sink) {
        for (long slot : slots) {
            if (slot != EMPTY) {
                sink.accept((int) (slot >>> 32), (int) slot);
            }
        }
    }

    /** Receives one address and its value. */
    @FunctionalInterface
    interface EntrySink {

        /** Takes one entry. */
        void accept(int address, int value);
    }

    /** Hands every address it holds to {@code sink}, in no particular order. */
    void forEachAddress(IntConsumer sink) {
        for (long slot : slots) {
            if (slot != EMPTY) {
                sink.accept((int) (slot >>> 32));
            }
        }
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        Arrays.fill(slots, EMPTY);
        mask = slots.length - 1;
        for (long slot : old) {
            if (slot != EMPTY) {
                int i = spread((int) (slot >>> 32)) & mask;
                while (slots[i] != EMPTY) {
                    i = (i + 1) & mask;
                }
                slots[i] = slot;
            }
        }
    }

    /** Murmur3's finaliser: neighbouring addresses land far apart. */
    private static int spread(int key) {
        int h = key;
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return h;
    }
}
