package dev.needle.traffic.internal.findings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class RobustBaselineTest {

    @Test
    void of_mostlyEmptyBuckets_hasZeroMedian() {
        RobustBaseline baseline = RobustBaseline.of(new long[] {60, 3}, 10);

        assertThat(baseline.median()).isZero();
        assertThat(baseline.mad()).isZero();
        assertThat(baseline.ratio(60)).isEqualTo(60.0);
    }

    @Test
    void of_steadyCountsWithOneSpike_ignoresTheSpike() {
        long[] counts = LongStream.concat(LongStream.generate(() -> 12).limit(71),
                LongStream.of(252)).toArray();

        RobustBaseline baseline = RobustBaseline.of(counts, 72);

        assertThat(baseline.median()).isEqualTo(12.0);
        assertThat(baseline.mad()).isZero();
        assertThat(baseline.ratio(252)).isEqualTo(21.0);
        assertThat(baseline.score(252)).isCloseTo(240 / Math.sqrt(12), within(1e-9));
    }

    @Test
    void of_evenNumberOfBuckets_averagesTheMiddleTwo() {
        RobustBaseline baseline = RobustBaseline.of(new long[] {4, 10, 2}, 4);

        assertThat(baseline.median()).isEqualTo(3.0);
        assertThat(baseline.mad()).isEqualTo(2.0);
    }

    @Test
    void of_moreCountsThanBuckets_isRejectedNamingBoth() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> RobustBaseline.of(new long[] {1, 2, 3}, 2))
                .withMessage("3 non-zero counts do not fit in 2 buckets");
    }

    /** The sparse computation against a plain one over every bucket, zeros written out. */
    @Test
    void of_randomSparseSeries_equalsTheDenseMedianAndMad() {
        Random random = new Random(20240301);
        for (int run = 0; run < 2000; run++) {
            int buckets = 1 + random.nextInt(60);
            long[] dense = new long[buckets];
            for (int i = 0; i < buckets; i++) {
                dense[i] = random.nextInt(3) == 0 ? 0 : random.nextInt(1 + random.nextInt(200));
            }
            long[] nonZero = Arrays.stream(dense).filter(n -> n > 0).toArray();

            RobustBaseline baseline = RobustBaseline.of(nonZero, buckets);

            double median = denseMedian(Arrays.stream(dense).asDoubleStream().toArray());
            double mad = denseMedian(Arrays.stream(dense)
                    .mapToDouble(n -> Math.abs(n - median)).toArray());
            assertThat(baseline.median()).as("median of %s", Arrays.toString(dense))
                    .isEqualTo(median);
            assertThat(baseline.mad()).as("MAD of %s", Arrays.toString(dense)).isEqualTo(mad);
        }
    }

    private static double denseMedian(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
