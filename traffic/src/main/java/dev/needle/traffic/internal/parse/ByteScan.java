package dev.needle.traffic.internal.parse;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Finds bytes eight at a time ("SWAR"): each 8-byte word is tested for a matching byte with a
 * few arithmetic operations, and the first match's position comes from its lowest set bit. Log
 * lines are mostly long runs between separators, which this skips quickly.
 */
final class ByteScan {

    private static final VarHandle LONGS =
            MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;

    private ByteScan() {
    }

    /** The first index of {@code b} in {@code buf[from, to)}, or -1. */
    static int indexOf(byte[] buf, int from, int to, byte b) {
        long pattern = (b & 0xffL) * ONES;
        int i = from;
        for (; i + 8 <= to; i += 8) {
            long found = zeroBytes((long) LONGS.get(buf, i) ^ pattern);
            if (found != 0) {
                return i + (Long.numberOfTrailingZeros(found) >>> 3);
            }
        }
        for (; i < to; i++) {
            if (buf[i] == b) {
                return i;
            }
        }
        return -1;
    }

    /** The first index of {@code a} or {@code b} in {@code buf[from, to)}, or -1. */
    static int indexOfEither(byte[] buf, int from, int to, byte a, byte b) {
        long patternA = (a & 0xffL) * ONES;
        long patternB = (b & 0xffL) * ONES;
        int i = from;
        for (; i + 8 <= to; i += 8) {
            long word = (long) LONGS.get(buf, i);
            long found = zeroBytes(word ^ patternA) | zeroBytes(word ^ patternB);
            if (found != 0) {
                return i + (Long.numberOfTrailingZeros(found) >>> 3);
            }
        }
        for (; i < to; i++) {
            if (buf[i] == a || buf[i] == b) {
                return i;
            }
        }
        return -1;
    }

    /**
     * High bit set in each byte of {@code x} that is zero. Bytes above the first zero byte may
     * be flagged wrongly (a borrow), so only the lowest flag is to be trusted.
     */
    private static long zeroBytes(long x) {
        return (x - ONES) & ~x & HIGHS;
    }
}
