package dev.needle.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class LatenciesTest {

    @Test
    void of_twentyRunsOfOneToTwentyMillis_givesMedianTenAndAHalfAndP95Nineteen() {
        long[] nanos = LongStream.rangeClosed(1, 20).map(ms -> (21 - ms) * 1_000_000).toArray();

        Latencies latencies = Latencies.of(nanos);

        assertThat(latencies).isEqualTo(new Latencies(20, 10.5, 19.0));
    }

    @Test
    void of_oddCount_takesMiddleRun() {
        Latencies latencies = Latencies.of(new long[] {9_000_000, 1_000_000, 4_000_000});

        assertThat(latencies.medianMillis()).isEqualTo(4.0);
        assertThat(latencies.p95Millis()).isEqualTo(9.0);
    }

    @Test
    void of_noRuns_isRejected() {
        assertThatThrownBy(() -> Latencies.of(new long[0]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no runs to summarise");
    }
}
