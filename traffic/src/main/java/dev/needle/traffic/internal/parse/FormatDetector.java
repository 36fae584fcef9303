package dev.needle.traffic.internal.parse;

import dev.needle.traffic.LogFormat;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Tells a log's format from its first lines: the format under which most of them parse wins,
 * combined before common when both fit (a combined line also starts like a common one).
 */
public final class FormatDetector {

    /** How many leading non-blank lines the detector looks at. */
    public static final int SAMPLE_LINES = 20;

    private static final List<LogFormat> ORDER =
            List.of(LogFormat.CLOUDFLARE_JSON, LogFormat.COMBINED, LogFormat.COMMON);

    private FormatDetector() {
    }

    /** The best-fitting format for the sample lines, or empty when no line fits any format. */
    public static Optional<LogFormat> detect(List<byte[]> sample) {
        LogFormat best = null;
        int bestCount = 0;
        RequestRow row = new RequestRow();
        for (LogFormat format : ORDER) {
            LineParser parser = LogParsers.forFormat(format);
            int count = 0;
            for (byte[] line : sample) {
                try {
                    parser.parse(line, 0, line.length, row);
                    count++;
                } catch (LineRejectedException e) {
                    // Counted by omission: the format that fits the most lines wins.
                }
            }
            if (count > bestCount) {
                best = format;
                bestCount = count;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The sample line as text for an error message, shortened and with control bytes shown. */
    public static String preview(byte[] line) {
        String text = new String(line, 0, Math.min(line.length, 80), StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c < 0x20 || c == 0x7f ? String.format("\\x%02x", (int) c) : c);
        }
        return line.length > 80 ? out + "..." : out.toString();
    }
}
