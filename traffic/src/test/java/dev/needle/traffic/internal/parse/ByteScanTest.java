package dev.needle.traffic.internal.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ByteScanTest {

    private static int naive(byte[] buf, int from, int to, byte a, byte b) {
        for (int i = from; i < to; i++) {
            if (buf[i] == a || buf[i] == b) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void indexOf_randomBuffers_agreesWithALoopOverEveryByte() {
        SplittableRandom random = new SplittableRandom(20261204L);
        for (int trial = 0; trial < 20_000; trial++) {
            byte[] buf = new byte[random.nextInt(1, 40)];
            for (int i = 0; i < buf.length; i++) {
                // Few distinct values, including 0x80 and 0xff, so matches and borrows happen.
                buf[i] = (byte) new int[] {0, 1, 0x22, 0x5c, 0x7f, 0x80, 0xff, 0x0a}
                        [random.nextInt(8)];
            }
            int from = random.nextInt(buf.length);
            int to = random.nextInt(from, buf.length + 1);
            byte a = buf[random.nextInt(buf.length)];
            byte b = (byte) random.nextInt(256);

            assertThat(ByteScan.indexOf(buf, from, to, a)).as("trial %d", trial)
                    .isEqualTo(naive(buf, from, to, a, a));
            assertThat(ByteScan.indexOfEither(buf, from, to, a, b)).as("trial %d", trial)
                    .isEqualTo(naive(buf, from, to, a, b));
        }
    }
}
