package dev.needle.traffic.internal.parse;

import java.io.IOException;
import java.io.InputStream;

/**
 * Splits a byte stream into lines without decoding it, keeping line numbers and byte offsets.
 *
 * <p>A line longer than the limit is not buffered: the reader skips to its end and reports it
 * as {@linkplain #tooLong() too long}, so one hostile line cannot exhaust memory. A trailing
 * {@code \r} is dropped. The last line may lack its line break; {@link #terminated()} says so.
 */
public final class LineReader {

    private final InputStream in;
    private final int maxLineBytes;
    private final byte[] buf;
    private int pos;
    private int limit;
    private boolean eof;

    private int lineStart;
    private int lineLength;
    private boolean terminated;
    private boolean tooLong;
    private long lineNumber;
    private long offset;
    private long lineBeginOffset;

    /**
     * Reads lines from {@code in}, whose first byte is at {@code startOffset} of the source and
     * whose first line is line {@code startLine + 1}.
     */
    public LineReader(InputStream in, int maxLineBytes, long startOffset, long startLine) {
        if (maxLineBytes < 16) {
            throw new IllegalArgumentException("maxLineBytes " + maxLineBytes + " below 16");
        }
        this.in = in;
        this.maxLineBytes = maxLineBytes;
        this.buf = new byte[Math.max(1 << 20, maxLineBytes * 2)];
        this.offset = startOffset;
        this.lineNumber = startLine;
    }

    /** Advances to the next line; false at the end of the stream. */
    public boolean next() throws IOException {
        tooLong = false;
        long skipped = 0;
        while (true) {
            int nl = indexOfNewline(pos, limit);
            if (nl >= 0) {
                int consumed = nl + 1 - pos;
                if (skipped > 0 || nl - pos > maxLineBytes) {
                    return finishTooLong(skipped + consumed, true, nl + 1);
                }
                return finishLine(pos, nl - pos, consumed, true);
            }
            if (eof) {
                if (pos == limit && skipped == 0) {
                    return false;
                }
                if (skipped > 0 || limit - pos > maxLineBytes) {
                    return finishTooLong(skipped + limit - pos, false, limit);
                }
                return finishLine(pos, limit - pos, limit - pos, false);
            }
            if (limit - pos > maxLineBytes) {
                skipped += limit - pos;
                pos = limit;
            }
            fill();
        }
    }

    private boolean finishLine(int start, int length, int consumed, boolean hasBreak) {
        lineStart = start;
        lineLength = length;
        if (hasBreak && length > 0 && buf[start + length - 1] == '\r') {
            lineLength--;
        }
        terminated = hasBreak;
        pos += consumed;
        lineBeginOffset = offset;
        offset += consumed;
        lineNumber++;
        return true;
    }

    private boolean finishTooLong(long consumed, boolean hasBreak, int newPos) {
        lineStart = newPos;
        lineLength = 0;
        tooLong = true;
        terminated = hasBreak;
        pos = newPos;
        lineBeginOffset = offset;
        offset += consumed;
        lineNumber++;
        return true;
    }

    private void fill() throws IOException {
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, limit - pos);
            limit -= pos;
            pos = 0;
        }
        int n = in.read(buf, limit, buf.length - limit);
        if (n < 0) {
            eof = true;
        } else {
            limit += n;
        }
    }

    private int indexOfNewline(int from, int to) {
        return ByteScan.indexOf(buf, from, to, (byte) '\n');
    }

    /** The buffer that holds the current line; valid until the next call to {@link #next()}. */
    public byte[] buffer() {
        return buf;
    }

    public int start() {
        return lineStart;
    }

    /** The line's length in bytes, without its line break; zero when {@link #tooLong()}. */
    public int length() {
        return lineLength;
    }

    /** Whether the line ended with a line break (only the last line of a source may not). */
    public boolean terminated() {
        return terminated;
    }

    /** Whether the line was longer than the limit and was skipped unread. */
    public boolean tooLong() {
        return tooLong;
    }

    /** The current line's number, counting from 1 at the start of the source. */
    public long lineNumber() {
        return lineNumber;
    }

    /** The byte offset just after the current line and its line break. */
    public long offset() {
        return offset;
    }

    /** The byte offset at which the current line starts. */
    public long lineStartOffset() {
        return lineBeginOffset;
    }
}
