package dev.needle.traffic;

/**
 * Tunables of ingest.
 *
 * @param chunkLines lines per transaction: a crash loses at most one chunk, which the next ingest
 *     reads again; larger chunks commit less often
 * @param maxLineBytes a longer line is rejected unread, so a hostile line cannot fill memory
 */
public record IngestLimits(int chunkLines, int maxLineBytes) {

    /** 500,000 lines per chunk, 64 KiB per line. */
    public static final IngestLimits DEFAULT = new IngestLimits(500_000, 64 * 1024);

    public IngestLimits {
        if (chunkLines < 1) {
            throw new IllegalArgumentException("chunkLines " + chunkLines + " must be positive");
        }
        if (maxLineBytes < 1024) {
            throw new IllegalArgumentException("maxLineBytes " + maxLineBytes
                    + " must be at least 1024");
        }
    }
}
