package dev.needle.core.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.random.RandomGenerator;

/**
 * A seeded source of test-case values that favours the edges of each range.
 *
 * <p>Uniform draws almost never hit the values where code breaks: zero, the ends of a range,
 * the sign-bit boundaries, the empty string. So every draw here returns one of its range's edge
 * values one time in {@value #EDGE_ODDS}, and a uniform value otherwise. Generators of domain
 * values build on these draws and add their own edge cases the same way, through
 * {@link #edge()}.
 */
public final class CaseRandom {

    /** One draw in this many returns an edge value. */
    static final int EDGE_ODDS = 8;

    private static final List<Long> LONG_EDGES = List.of(0L, 1L, -1L, Long.MIN_VALUE,
            Long.MIN_VALUE + 1, Long.MAX_VALUE, Long.MAX_VALUE - 1);

    private static final List<Integer> INT_EDGES = List.of(0, 1, -1, Integer.MIN_VALUE,
            Integer.MIN_VALUE + 1, Integer.MAX_VALUE, Integer.MAX_VALUE - 1);

    private final RandomGenerator random;

    /** A source that draws from {@code random}; equal seeds give equal sequences of cases. */
    public CaseRandom(RandomGenerator random) {
        this.random = random;
    }

    /** Whether this draw should be an edge case; true one time in {@value #EDGE_ODDS}. */
    public boolean edge() {
        return random.nextInt(EDGE_ODDS) == 0;
    }

    /** Any long, with 0, ±1 and the ends and sign-bit boundaries of the range favoured. */
    public long anyLong() {
        return edge() ? pick(LONG_EDGES) : random.nextLong();
    }

    /** Any int, with 0, ±1 and the ends and sign-bit boundaries of the range favoured. */
    public int anyInt() {
        return edge() ? pick(INT_EDGES) : random.nextInt();
    }

    /** An int from {@code min} to {@code max}, both included, with the two ends favoured. */
    public int intBetween(int min, int max) {
        if (min > max) {
            throw new IllegalArgumentException("empty range " + min + " to " + max);
        }
        if (edge()) {
            return random.nextBoolean() ? min : max;
        }
        return random.nextInt(min, max + 1);
    }

    /** A fair coin. */
    public boolean coin() {
        return random.nextBoolean();
    }

    /** One element of a non-empty list, each equally likely. */
    public <T> T pick(List<T> choices) {
        return choices.get(index(choices.size()));
    }

    /** One of the values, each equally likely. */
    @SafeVarargs
    public final <T> T pick(T... choices) {
        return choices[index(choices.length)];
    }

    /** A case from one of the generators, each generator equally likely. */
    @SafeVarargs
    public final <T> T oneOf(Function<CaseRandom, ? extends T>... generators) {
        return generators[index(generators.length)].apply(this);
    }

    /** A list of {@code min} to {@code max} cases, with the shortest and longest favoured. */
    public <T> List<T> list(int min, int max, Function<CaseRandom, ? extends T> element) {
        int size = intBetween(min, max);
        List<T> list = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            list.add(element.apply(this));
        }
        return list;
    }

    /** A string of up to {@code maxLength} characters of {@code alphabet}; "" is favoured. */
    public String string(String alphabet, int maxLength) {
        int length = intBetween(0, maxLength);
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    private int index(int size) {
        if (size == 0) {
            throw new IllegalArgumentException("nothing to pick from");
        }
        return random.nextInt(size);
    }
}
