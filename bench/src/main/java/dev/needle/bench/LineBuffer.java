package dev.needle.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;

/** A reusable byte buffer that one output line is assembled in before it is written. */
final class LineBuffer {

    private byte[] bytes = new byte[2048];
    private int length;

    /** Forgets the current line and keeps the storage. */
    void reset() {
        length = 0;
    }

    void append(byte[] source) {
        append(source, 0, source.length);
    }

    void append(byte[] source, int offset, int count) {
        ensureRoom(count);
        System.arraycopy(source, offset, bytes, length, count);
        length += count;
    }

    void append(byte value) {
        ensureRoom(1);
        bytes[length++] = value;
    }

    /** Appends a non-negative number in decimal ASCII digits. */
    void appendDecimal(int value) {
        if (value < 0) {
            throw new IllegalArgumentException("expected a non-negative number, got " + value);
        }
        int digits = 1;
        for (int rest = value / 10; rest > 0; rest /= 10) {
            digits++;
        }
        ensureRoom(digits);
        int position = length + digits;
        do {
            bytes[--position] = (byte) ('0' + value % 10);
            value /= 10;
        } while (value > 0);
        length += digits;
    }

    void writeTo(OutputStream out) throws IOException {
        out.write(bytes, 0, length);
    }

    byte[] toByteArray() {
        return Arrays.copyOf(bytes, length);
    }

    private void ensureRoom(int count) {
        if (length + count > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + count));
        }
    }
}
