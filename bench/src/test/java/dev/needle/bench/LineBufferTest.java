package dev.needle.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineBufferTest {

    @Test
    void appendDecimal_digitCountEdgesAndSeededValues_writeSameDigitsAsToString() {
        List<Integer> values = new ArrayList<>(List.of(0, 1, 9, 10, 99, 100, 999_999_999,
                1_000_000_000, Integer.MAX_VALUE));
        SplitMix64 random = new SplitMix64(20_240_601L);
        for (int trial = 0; trial < 2_000; trial++) {
            values.add(random.nextInt(Integer.MAX_VALUE) >>> random.nextInt(31));
        }

        for (int value : values) {
            LineBuffer line = new LineBuffer();
            line.append((byte) '<');
            line.appendDecimal(value);

            assertThat(text(line)).isEqualTo("<" + value);
        }
    }

    @Test
    void append_pastInitialCapacity_keepsEveryByte() {
        LineBuffer line = new LineBuffer();
        byte[] chunk = "0123456789".getBytes(StandardCharsets.US_ASCII);

        for (int i = 0; i < 1_000; i++) {
            line.append(chunk);
        }

        assertThat(text(line)).hasSize(10_000).startsWith("0123456789").endsWith("456789");
    }

    @Test
    void reset_afterAppend_startsEmpty() {
        LineBuffer line = new LineBuffer();
        line.append("abc".getBytes(StandardCharsets.US_ASCII));

        line.reset();
        line.append((byte) 'x');

        assertThat(text(line)).isEqualTo("x");
    }

    @Test
    void appendDecimal_negative_isRejectedNamingValue() {
        assertThatThrownBy(() -> new LineBuffer().appendDecimal(-4))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-4");
    }

    private static String text(LineBuffer line) {
        return new String(line.toByteArray(), StandardCharsets.US_ASCII);
    }
}
