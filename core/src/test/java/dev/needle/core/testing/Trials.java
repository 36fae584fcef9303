package dev.needle.core.testing;

import java.lang.reflect.Method;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.function.ThrowingConsumer;

/**
 * Runs a property over generated cases and, when one fails, names the seed and the case.
 *
 * <p>Every run starts from one seed: {@value #DEFAULT_SEED} unless the system property
 * {@value #SEED_PROPERTY} gives another, as in {@code ./mvnw -pl core verify
 * -Dneedle.test.seed=7}. Each property mixes its own name into the seed, so properties that
 * share a generator still see different cases, and the same seed always replays the same cases.
 *
 * <p>A failing case is reported as it was drawn; nothing shrinks it to a smaller one.
 */
public final class Trials {

    /** The system property that overrides the default seed, a decimal long. */
    public static final String SEED_PROPERTY = "needle.test.seed";

    /** The seed of runs that do not set {@value #SEED_PROPERTY}. */
    public static final long DEFAULT_SEED = 20_240_601L;

    private Trials() {
    }

    /**
     * Checks {@code property} on {@code tries} cases from {@code cases}; the failure of any one
     * fails the test with the seed, the try and the case in its message.
     */
    public static <T> void check(TestInfo test, int tries, Function<CaseRandom, T> cases,
            ThrowingConsumer<? super T> property) {
        check(test, tries, cases, Trials::describe, property);
    }

    /** As {@link #check(TestInfo, int, Function, ThrowingConsumer)}, describing cases itself. */
    public static <T> void check(TestInfo test, int tries, Function<CaseRandom, T> cases,
            Function<? super T, String> describe, ThrowingConsumer<? super T> property) {
        String name = name(test);
        long seed = seed();
        CaseRandom random = new CaseRandom(new SplittableRandom(seed ^ name.hashCode()));

        for (int attempt = 1; attempt <= tries; attempt++) {
            T input = draw(cases, random, name, attempt, seed);
            try {
                property.accept(input);
            } catch (OutOfMemoryError e) {
                throw e;
            } catch (Throwable e) {
                throw new AssertionError(report(name, attempt, tries, seed,
                        describeSafely(describe, input), e), e);
            }
        }
    }

    /** The seed of this run, from {@value #SEED_PROPERTY} or the default. */
    public static long seed() {
        return seedFrom(System.getProperty(SEED_PROPERTY));
    }

    /** A case as text: strings quoted as {@link #quote(String)} does, the rest as they print. */
    public static String describe(Object input) {
        if (input instanceof String text) {
            return quote(text);
        }
        return String.valueOf(input);
    }

    /**
     * The text in double quotes, with quotes and backslashes escaped and every character
     * outside printable ASCII written as {@code \}{@code uXXXX}, so that the report shows it.
     */
    public static String quote(String text) {
        StringBuilder quoted = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                quoted.append('\\').append(c);
            } else if (c >= 0x20 && c < 0x7f) {
                quoted.append(c);
            } else {
                quoted.append(String.format("\\u%04x", (int) c));
            }
        }
        return quoted.append('"').toString();
    }

    /** The seed written in {@code text}, or the default when the text is absent or blank. */
    static long seedFrom(String text) {
        if (text == null || text.isBlank()) {
            return DEFAULT_SEED;
        }
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("system property " + SEED_PROPERTY + "='" + text
                    + "' is not a decimal whole number", e);
        }
    }

    /** The message of a failed try: what failed, how to replay it, on what, and why. */
    static String report(String name, int attempt, int tries, long seed, String input,
            Throwable failure) {
        return name + " failed on try " + attempt + " of " + tries + "\n"
                + "  seed:    " + seed + " (replay with -D" + SEED_PROPERTY + "=" + seed + ")\n"
                + "  input:   " + input + "\n"
                + "  failure: " + failure;
    }

    private static <T> T draw(Function<CaseRandom, T> cases, CaseRandom random, String name,
            int attempt, long seed) {
        try {
            return cases.apply(random);
        } catch (RuntimeException e) {
            throw new AssertionError(name + " could not draw try " + attempt + " with seed "
                    + seed + ": " + e, e);
        }
    }

    private static <T> String describeSafely(Function<? super T, String> describe, T input) {
        try {
            return describe.apply(input);
        } catch (RuntimeException e) {
            return "(cannot describe the case: " + e + ")";
        }
    }

    private static String name(TestInfo test) {
        String type = test.getTestClass().map(Class::getSimpleName).orElse("?");
        String method = test.getTestMethod().map(Method::getName).orElse(test.getDisplayName());
        return type + "." + method;
    }
}
