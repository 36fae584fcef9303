package dev.needle.traffic.internal.store;

import dev.needle.traffic.TrafficStoreException;
import dev.needle.traffic.FileReport;
import dev.needle.traffic.LogFormat;
import dev.needle.traffic.Rejection;
import dev.needle.traffic.internal.geo.IpEnricher;
import dev.needle.traffic.internal.parse.FormatDetector;
import dev.needle.traffic.internal.parse.LineParser;
import dev.needle.traffic.internal.parse.LineReader;
import dev.needle.traffic.internal.parse.LineRejectedException;
import dev.needle.traffic.internal.parse.LogParsers;
import dev.needle.traffic.internal.parse.RequestRow;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads one source into the store, chunk by chunk, each chunk one transaction that also records
 * how far the source has been read. A crash loses at most the chunk in flight, and the next run
 * starts after the last committed chunk, so no line is stored twice.
 *
 * <p>Standard input has no fingerprint and is always read in full. A gzip source is continued by
 * decompressing and discarding what was read before. A source that shrank below what was read
 * before is not read again (its lines may already be stored); the report says so.
 */
public final class Ingestor {

    /** Bytes of a source's start that identify it. */
    static final int FINGERPRINT_BYTES = 4096;
    private static final int MAX_REJECTIONS_KEPT = 10;
    private static final Logger LOG = LoggerFactory.getLogger(Ingestor.class);

    private final TrafficDb db;
    private final IpEnricher enricher;
    private final int chunkLines;
    private final int maxLineBytes;

    public Ingestor(TrafficDb db, IpEnricher enricher, int chunkLines, int maxLineBytes) {
        if (chunkLines < 1) {
            throw new IllegalArgumentException("chunkLines " + chunkLines + " must be positive");
        }
        this.db = db;
        this.enricher = enricher;
        this.chunkLines = chunkLines;
        this.maxLineBytes = maxLineBytes;
    }

    /** Reads {@code source} ({@code -} for standard input); never throws for bad input. */
    public FileReport ingest(Path source, Optional<LogFormat> forced) {
        String name = source.toString();
        Run run = new Run(name);
        try (InputStream in = open(source, run)) {
            run.read(in, !name.equals("-"), forced);
        } catch (NoSuchFileException e) {
            run.error = "no such file";
        } catch (IOException e) {
            run.error = "cannot read: " + e.getMessage();
        } catch (SQLException e) {
            run.rollbackQuietly();
            throw TrafficStoreException.failed("storing " + name, e);
        }
        return run.report();
    }

    private static InputStream open(Path source, Run run) throws IOException {
        InputStream raw = source.toString().equals("-") ? System.in : Files.newInputStream(source);
        BufferedInputStream buffered = new BufferedInputStream(raw, 1 << 16);
        buffered.mark(2);
        int b0 = buffered.read();
        int b1 = buffered.read();
        buffered.reset();
        if (b0 == 0x1f && b1 == 0x8b) {
            run.compressed = true;
            // Not buffered again: a buffer's read loop would drop the bytes decompressed before
            // a truncated stream fails, and LineReader reads in large blocks anyway.
            return new GZIPInputStream(buffered, 1 << 16);
        }
        return buffered;
    }

    /** The state of reading one source. */
    private final class Run {
        private final String name;
        private final List<Rejection> rejections = new ArrayList<>();
        private final List<String> notes = new ArrayList<>();
        private LogFormat format;
        private SourceState state;
        private long linesRead;
        private long rowsStored;
        private long linesRejected;
        private long alreadyIngested;
        private long invalidUtf8;
        private String error;
        private boolean compressed;
        private IOException readFailure;

        Run(String name) {
            this.name = name;
        }

        void read(InputStream in, boolean tracked, Optional<LogFormat> forced)
                throws IOException, SQLException {
            byte[] prefix = in.readNBytes(FINGERPRINT_BYTES);
            if (prefix.length == 0) {
                error = "the file is empty: nothing to read";
                return;
            }
            if (tracked) {
                state = new SourceLedger(db.connection()).find(prefix, prefix.length)
                        .orElse(null);
            }
            long startOffset = 0;
            long startLine = 0;
            InputStream rest = in;
            InputStream head = new ByteArrayInputStream(prefix);
            if (state != null) {
                startOffset = state.bytesDone();
                startLine = state.linesDone();
                alreadyIngested = startLine;
                if (!skip(prefix, in, startOffset)) {
                    return;
                }
                int headStart = (int) Math.min(startOffset, prefix.length);
                head = new ByteArrayInputStream(prefix, headStart, prefix.length - headStart);
                format = forced.orElse(state.format());
            }
            LineReader lines = new LineReader(new SequenceInputStream(head, rest), maxLineBytes,
                    startOffset, startLine);
            List<Sample> sample = state == null ? sample(lines) : List.of();
            if (state == null) {
                format = forced.or(() -> FormatDetector.detect(
                        sample.stream().map(Sample::bytes).toList())).orElse(null);
                if (format == null) {
                    rejectUnrecognised(sample);
                    return;
                }
            }
            store(prefix, tracked, sample, lines);
        }

        /** Discards what an earlier run read; false when the source is shorter than that. */
        private boolean skip(byte[] prefix, InputStream in, long offset) throws IOException {
            long toSkip = offset - prefix.length;
            if (toSkip > 0 && skipUpTo(in, toSkip) < toSkip) {
                error = "the file is shorter than the " + offset + " bytes read before:"
                        + " it was truncated or replaced, so it is not read again";
                return false;
            }
            return true;
        }

        private static long skipUpTo(InputStream in, long count) throws IOException {
            long skipped = 0;
            byte[] scratch = new byte[1 << 16];
            while (skipped < count) {
                int n = in.read(scratch, 0, (int) Math.min(scratch.length, count - skipped));
                if (n < 0) {
                    break;
                }
                skipped += n;
            }
            return skipped;
        }

        /** The first lines, for format detection; a read failure ends the sample early. */
        private List<Sample> sample(LineReader lines) {
            List<Sample> sample = new ArrayList<>();
            try {
                while (sample.size() < FormatDetector.SAMPLE_LINES && lines.next()) {
                    byte[] bytes = java.util.Arrays.copyOfRange(lines.buffer(), lines.start(),
                            lines.start() + lines.length());
                    sample.add(new Sample(bytes, lines.lineNumber(), lines.offset(),
                            lines.terminated(), lines.tooLong()));
                }
            } catch (IOException e) {
                readFailure = e;
            }
            return sample;
        }

        private void rejectUnrecognised(List<Sample> sample) {
            linesRead = sample.size();
            linesRejected = sample.size();
            String first = sample.isEmpty() ? "" : FormatDetector.preview(sample.get(0).bytes());
            error = "not a recognised access log: none of the first " + sample.size()
                    + " lines parses as combined, common or cloudflare-json (line 1: \""
                    + first + "\"); nothing stored. Use --format to force one";
        }

        private void store(byte[] prefix, boolean tracked, List<Sample> sample, LineReader lines)
                throws IOException, SQLException {
            var connection = db.connection();
            connection.setAutoCommit(false);
            SourceLedger ledger = new SourceLedger(connection);
            if (tracked && state == null) {
                state = ledger.create(name, prefix, prefix.length, compressed, format);
            }
            RowEncoder encoder = new RowEncoder(connection, enricher);
            try (IngestPipeline pipeline = new IngestPipeline(connection, ledger, db.spoolDir(),
                    encoder)) {
                Chunk chunk = new Chunk(pipeline, prefix, tracked);
                LineParser parser = LogParsers.forFormat(format);
                RequestRow row = new RequestRow();
                for (Sample s : sample) {
                    if (!line(chunk, parser, row, s.bytes(), 0, s.bytes().length, s.line(),
                            s.end(), s.terminated(), s.tooLong())) {
                        break;
                    }
                }
                try {
                    if (readFailure != null) {
                        throw readFailure;
                    }
                    while (lines.next()) {
                        if (!line(chunk, parser, row, lines.buffer(), lines.start(),
                                lines.length(), lines.lineNumber(), lines.offset(),
                                lines.terminated(), lines.tooLong())) {
                            break;
                        }
                    }
                } catch (IOException e) {
                    error = "reading stopped after line " + chunk.lastLine + ": " + e.getMessage()
                            + " (the lines before it are stored)";
                }
                chunk.commit();
                pipeline.finish();
            } finally {
                connection.setAutoCommit(true);
            }
            if (invalidUtf8 > 0) {
                notes.add(invalidUtf8 + " lines held bytes that are not UTF-8;"
                        + " they are stored with U+FFFD in their place");
            }
        }

        /** Handles one line; false to stop reading (an incomplete last line). */
        private boolean line(Chunk chunk, LineParser parser, RequestRow row, byte[] buf, int off,
                int len, long lineNumber, long endOffset, boolean terminated, boolean tooLong)
                throws SQLException {
            if (tooLong) {
                reject(lineNumber, "line is longer than " + maxLineBytes + " bytes");
            } else if (len > 0 && !(len == 1 && buf[off] == '\r')) {
                try {
                    parser.parse(buf, off, len, row);
                    chunk.add(row);
                    rowsStored++;
                    if (row.invalidUtf8) {
                        invalidUtf8++;
                    }
                } catch (LineRejectedException e) {
                    if (!terminated) {
                        notes.add("line " + lineNumber + " is incomplete (no line break) and"
                                + " does not parse; it will be read when the file grows");
                        return false;
                    }
                    reject(lineNumber, e.getMessage());
                }
            }
            linesRead++;
            chunk.lastLine = lineNumber;
            chunk.endOffset = endOffset;
            if (++chunk.lines >= chunkLines) {
                chunk.commit();
            }
            return true;
        }

        private void reject(long lineNumber, String reason) {
            linesRejected++;
            if (rejections.size() < MAX_REJECTIONS_KEPT) {
                rejections.add(new Rejection(name, lineNumber, reason));
            }
        }

        void rollbackQuietly() {
            try {
                db.connection().rollback();
            } catch (SQLException e) {
                LOG.warn("Rollback after a failed ingest of {} failed: {}", name, e.getMessage());
            }
        }

        FileReport report() {
            return new FileReport(name, Optional.ofNullable(format), linesRead, rowsStored,
                    linesRejected, alreadyIngested, rejections, notes, Optional.ofNullable(error));
        }

        /** Lines handled since the last commit, and the batch they are going into. */
        private final class Chunk {
            private final IngestPipeline pipeline;
            private final byte[] prefix;
            private final boolean tracked;
            private ParsedBatch batch;
            private long lines;
            private long rows;
            private long rejectedAtLastCommit;
            private long lastLine;
            private long endOffset;

            Chunk(IngestPipeline pipeline, byte[] prefix, boolean tracked) throws SQLException {
                this.pipeline = pipeline;
                this.prefix = prefix;
                this.tracked = tracked;
                this.batch = pipeline.take();
                this.lastLine = state == null ? 0 : state.linesDone();
                this.endOffset = state == null ? 0 : state.bytesDone();
            }

            void add(RequestRow row) throws SQLException {
                batch.add(row);
                rows++;
                if (batch.full()) {
                    pipeline.submit(batch);
                    batch = pipeline.take();
                }
            }

            /** Sends the batch with a commit of everything up to the last line handled. */
            void commit() throws SQLException {
                if (tracked) {
                    state = state.advance(prefix.length,
                            SourceLedger.fingerprint(prefix, prefix.length), endOffset, lastLine,
                            rows, linesRejected - rejectedAtLastCommit);
                    batch.sourceState = state;
                }
                batch.commit = true;
                pipeline.submit(batch);
                batch = pipeline.take();
                lines = 0;
                rows = 0;
                rejectedAtLastCommit = linesRejected;
            }
        }
    }

    private record Sample(byte[] bytes, long line, long end, boolean terminated,
            boolean tooLong) {
    }
}
