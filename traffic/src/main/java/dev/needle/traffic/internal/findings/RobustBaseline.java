package dev.needle.traffic.internal.findings;

import java.util.Arrays;

/**
 * The usual level of a subject's per-bucket counts: their median and median absolute deviation
 * (MAD), with the buckets in which the subject did not appear counted as zeros.
 *
 * <p>Both are taken over all buckets of the span, the spike buckets included: a median moves
 * little for a few outliers, so they need not be found and removed first. Counts are passed
 * sparse (only the buckets that are not zero) because a subject seen in a few hours of a
 * year-long span would otherwise need thousands of zeros.
 */
record RobustBaseline(double median, double mad) {

    /** Scales a MAD to the standard deviation of normally distributed counts. */
    static final double MAD_TO_SIGMA = 1.4826;

    /**
     * The baseline of {@code buckets} counts of which {@code nonZero} are the ones above zero.
     *
     * @throws IllegalArgumentException if there are more non-zero counts than buckets
     */
    static RobustBaseline of(long[] nonZero, int buckets) {
        if (nonZero.length > buckets || buckets < 1) {
            throw new IllegalArgumentException(nonZero.length + " non-zero counts do not fit in "
                    + buckets + " buckets");
        }
        int zeros = buckets - nonZero.length;
        double[] values = Arrays.stream(nonZero).asDoubleStream().sorted().toArray();
        double median = median(values, zeros, 0);

        double[] deviations = Arrays.stream(values).map(v -> Math.abs(v - median)).sorted()
                .toArray();
        return new RobustBaseline(median, median(deviations, zeros, median));
    }

    /**
     * How far above this baseline {@code count} lies, in robust standard deviations. The spread
     * is never taken below the Poisson noise of the median ({@code sqrt(max(median, 1))}), so a
     * perfectly steady subject does not make every small wobble look huge.
     */
    double score(long count) {
        double spread = Math.max(MAD_TO_SIGMA * mad, Math.sqrt(Math.max(median, 1)));
        return (count - median) / spread;
    }

    /** {@code count} divided by the median, the median taken as at least one. */
    double ratio(long count) {
        return count / Math.max(median, 1);
    }

    /** The median of {@code sorted} together with {@code fills} copies of {@code fill}. */
    private static double median(double[] sorted, int fills, double fill) {
        int n = sorted.length + fills;
        if (n % 2 == 1) {
            return nth(sorted, fills, fill, n / 2);
        }
        return (nth(sorted, fills, fill, n / 2 - 1) + nth(sorted, fills, fill, n / 2)) / 2;
    }

    /** The {@code k}-th smallest (from 0) of {@code sorted} merged with the fill copies. */
    private static double nth(double[] sorted, int fills, double fill, int k) {
        int below = 0;
        while (below < sorted.length && sorted[below] < fill) {
            below++;
        }
        if (k < below) {
            return sorted[k];
        }
        if (k < below + fills) {
            return fill;
        }
        return sorted[k - fills];
    }
}
