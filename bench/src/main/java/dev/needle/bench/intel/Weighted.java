package dev.needle.bench.intel;

import dev.needle.bench.SplitMix64;
import java.util.Arrays;
import java.util.List;

/** A fixed list of values, each drawn with its own weight. */
final class Weighted<T> {

    private final List<T> values;
    private final double[] cumulative;

    private Weighted(List<T> values, double[] cumulative) {
        this.values = values;
        this.cumulative = cumulative;
    }

    /** Values with the weights given in the same order; weights need not sum to 1. */
    static <T> Weighted<T> of(List<T> values, double... weights) {
        if (values.isEmpty() || values.size() != weights.length) {
            throw new IllegalArgumentException("expected one weight per value and at least one"
                    + " value; got " + values.size() + " values and " + weights.length
                    + " weights");
        }
        double[] cumulative = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            if (!(weights[i] > 0)) {
                throw new IllegalArgumentException("weight of " + values.get(i)
                        + " must be positive, got " + weights[i]);
            }
            sum += weights[i];
            cumulative[i] = sum;
        }
        return new Weighted<>(List.copyOf(values), cumulative);
    }

    /** Values with Zipf popularity: the value at position {@code r} (from 0) weighs 1/(r+1). */
    static <T> Weighted<T> zipf(List<T> values) {
        double[] weights = new double[values.size()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = 1.0 / (i + 1);
        }
        return of(values, weights);
    }

    /** Draws one value by weight. */
    T draw(SplitMix64 random) {
        double point = random.nextDouble() * cumulative[cumulative.length - 1];
        int index = Arrays.binarySearch(cumulative, point);
        int position = index >= 0 ? index + 1 : -index - 1;
        return values.get(Math.min(position, values.size() - 1));
    }

    /** The values in the order given. */
    List<T> values() {
        return values;
    }
}
