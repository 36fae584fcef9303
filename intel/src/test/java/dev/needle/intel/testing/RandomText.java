package dev.needle.intel.testing;

import java.util.SplittableRandom;

/**
 * Seeded random strings for property tests: a fixed seed makes every run check the same cases,
 * and a failing case is reported with the seed that replays it.
 */
public final class RandomText {

    /** The seed of every property run; the assertion message repeats it. */
    public static final long SEED = 20261204L;

    private final SplittableRandom random;

    public RandomText(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** Up to {@code maxLength} characters drawn from {@code alphabet}, empty strings included. */
    public String from(String alphabet, int maxLength) {
        int length = random.nextInt(maxLength + 1);
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    /** Up to {@code maxLength} arbitrary UTF-16 units: controls, lone surrogates and all. */
    public String any(int maxLength) {
        int length = random.nextInt(maxLength + 1);
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append((char) random.nextInt(0x10000));
        }
        return text.toString();
    }

    /** True one time in {@code n}. */
    public boolean oneIn(int n) {
        return random.nextInt(n) == 0;
    }
}
