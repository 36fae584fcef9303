package dev.needle.bench;

/**
 * A seeded pseudo-random generator (the SplitMix64 mixing function) whose sequence is fixed by
 * its seed on every JVM, which {@link java.util.SplittableRandom} does not promise across
 * releases. Not thread-safe; not for anything secret.
 */
public final class SplitMix64 {

    private long state;

    /** A generator whose sequence is fixed by {@code seed}. */
    public SplitMix64(long seed) {
        this.state = seed;
    }

    /** The next 64 random bits. */
    public long nextLong() {
        state += 0x9E3779B97F4A7C15L;
        long z = state;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** A value in {@code [0, 1)} with 53 random bits. */
    public double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** A value in {@code [0, bound)}; the bias of the multiply-shift is below 2^-32. */
    public int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive, got " + bound);
        }
        return (int) (((nextLong() >>> 32) * bound) >>> 32);
    }
}
