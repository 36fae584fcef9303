package dev.needle.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The real combined-format log the generator takes its lines from. A line that is not
 * {@code host ident user [time] "request" ...} is skipped with a warning naming file and line;
 * a seed without any usable line is an error.
 */
record SeedLog(Path source, List<SeedLine> lines) {

    private static final Logger LOG = LoggerFactory.getLogger(SeedLog.class);
    private static final DateTimeFormatter CLF_TIME =
            DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ENGLISH);

    SeedLog {
        lines = List.copyOf(lines);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException(source + ": no usable combined-format line");
        }
    }

    /** Reads and cuts every line of a seed log. */
    static SeedLog read(Path source) throws IOException {
        List<SeedLine> lines = new ArrayList<>();
        long number = 0;
        for (String text : Files.readAllLines(source, StandardCharsets.ISO_8859_1)) {
            number++;
            if (text.isBlank()) {
                continue;
            }
            try {
                lines.add(cut(text.getBytes(StandardCharsets.ISO_8859_1)));
            } catch (IllegalArgumentException e) {
                LOG.warn("Skipped seed line {}:{}: {}", source, number, e.getMessage());
            }
        }
        return new SeedLog(source, lines);
    }

    /** The earliest timestamp in the seed. */
    Instant firstTime() {
        return lines.stream().map(SeedLine::time).min(Comparator.naturalOrder()).orElseThrow();
    }

    /** The offset of the first line, in which every generated timestamp is written. */
    ZoneOffset offset() {
        return lines.getFirst().offset();
    }

    /**
     * Cuts one line, given without its line feed. Bytes are kept as read (ISO-8859-1 maps each
     * byte to one char), so UTF-8 or stray bytes in user agents pass through unchanged.
     */
    static SeedLine cut(byte[] line) {
        int ipEnd = indexOf(line, (byte) ' ', 0, "a space after the client address");
        int timeStart = indexOf(line, (byte) '[', ipEnd, "'[' opening the timestamp") + 1;
        int timeEnd = indexOf(line, (byte) ']', timeStart, "']' closing the timestamp");
        int quote = indexOf(line, (byte) '"', timeEnd, "'\"' opening the request");
        String time = new String(line, timeStart, timeEnd - timeStart, StandardCharsets.US_ASCII);
        OffsetDateTime parsed = parseTime(time);

        int methodEnd = indexOfWithin(line, (byte) ' ', quote + 1);
        int pathEnd = methodEnd < 0 ? -1 : indexOfWithin(line, (byte) ' ', methodEnd + 1);
        int headEnd = methodEnd < 0 ? line.length : methodEnd + 1;
        int tailStart = methodEnd < 0 ? line.length
                : pathEnd < 0 ? requestEnd(line, quote) : pathEnd;
        byte[] tail = new byte[line.length - tailStart + 1];
        System.arraycopy(line, tailStart, tail, 0, tail.length - 1);
        tail[tail.length - 1] = '\n';
        return new SeedLine(Arrays.copyOfRange(line, 0, ipEnd),
                Arrays.copyOfRange(line, ipEnd, timeStart), parsed.toInstant(),
                parsed.getOffset(), Arrays.copyOfRange(line, timeEnd, headEnd),
                Arrays.copyOfRange(line, headEnd, tailStart), tail);
    }

    private static OffsetDateTime parseTime(String time) {
        try {
            return OffsetDateTime.parse(time, CLF_TIME);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("timestamp '" + time
                    + "' is not dd/MMM/yyyy:HH:mm:ss +hhmm", e);
        }
    }

    /** The index of {@code value} from {@code from}, which must come before the closing quote. */
    private static int indexOfWithin(byte[] line, byte value, int from) {
        for (int i = from; i < line.length && line[i] != '"'; i++) {
            if (line[i] == value) {
                return i;
            }
        }
        return -1;
    }

    private static int requestEnd(byte[] line, int quote) {
        return indexOf(line, (byte) '"', quote + 1, "'\"' closing the request");
    }

    private static int indexOf(byte[] line, byte value, int from, String expected) {
        for (int i = from; i < line.length; i++) {
            if (line[i] == value) {
                return i;
            }
        }
        throw new IllegalArgumentException("expected " + expected + " after column " + (from + 1));
    }
}
