package dev.needle.traffic.internal.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineReaderTest {

    private record Line(String text, long number, long start, long end, boolean terminated,
            boolean tooLong) {
    }

    private static List<Line> read(byte[] input, int maxLine) throws IOException {
        LineReader reader = new LineReader(new ByteArrayInputStream(input), maxLine, 0, 0);
        List<Line> lines = new ArrayList<>();
        while (reader.next()) {
            lines.add(new Line(new String(reader.buffer(), reader.start(), reader.length(),
                    StandardCharsets.UTF_8), reader.lineNumber(), reader.lineStartOffset(),
                    reader.offset(), reader.terminated(), reader.tooLong()));
        }
        return lines;
    }

    @Test
    void next_crlfAndUnterminatedLastLine_areReportedWithOffsets() throws IOException {
        List<Line> lines = read("ab\r\n\ncd".getBytes(StandardCharsets.UTF_8), 16);

        assertThat(lines).containsExactly(
                new Line("ab", 1, 0, 4, true, false),
                new Line("", 2, 4, 5, true, false),
                new Line("cd", 3, 5, 7, false, false));
    }

    @Test
    void next_lineLongerThanLimitAndBuffer_isSkippedWithoutBuffering() throws IOException {
        byte[] huge = new byte[3 << 20];
        java.util.Arrays.fill(huge, (byte) 'x');
        byte[] input = new byte[huge.length + 8];
        System.arraycopy("a\n".getBytes(StandardCharsets.UTF_8), 0, input, 0, 2);
        System.arraycopy(huge, 0, input, 2, huge.length);
        System.arraycopy("\nbb\n".getBytes(StandardCharsets.UTF_8), 0, input, 2 + huge.length, 4);
        byte[] exact = java.util.Arrays.copyOf(input, 2 + huge.length + 4);

        List<Line> lines = read(exact, 1024);

        assertThat(lines).containsExactly(
                new Line("a", 1, 0, 2, true, false),
                new Line("", 2, 2, 3 + huge.length, true, true),
                new Line("bb", 3, 3 + huge.length, 6 + huge.length, true, false));
    }

    @Test
    void next_emptyInput_hasNoLines() throws IOException {
        assertThat(read(new byte[0], 16)).isEmpty();
    }
}
