package dev.needle.traffic.internal.store;

import dev.needle.traffic.LogFormat;

/**
 * How far the store has read one source. A source is known by a SHA-256 fingerprint of its first
 * {@code fingerprintLength} bytes (uncompressed), so a renamed or rotated file is still
 * recognised, and a grown file is continued from {@code bytesDone}.
 */
public record SourceState(int id, String name, int fingerprintLength, String fingerprint,
        boolean compressed, LogFormat format, long bytesDone, long linesDone, long rowsStored,
        long linesRejected) {

    /** This state after a further chunk was committed. */
    public SourceState advance(int newFingerprintLength, String newFingerprint, long bytes,
            long lines, long rows, long rejected) {
        return new SourceState(id, name, newFingerprintLength, newFingerprint, compressed, format,
                bytes, lines, rowsStored + rows, linesRejected + rejected);
    }
}
