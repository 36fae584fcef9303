package dev.needle.analyst.plan;

import java.util.Map;
import java.util.OptionalInt;

/** Numbers written as words or digits, up to twenty-five and the round tens to a hundred. */
final class NumberWords {

    private static final Map<String, Integer> WORDS = Map.ofEntries(
            Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
            Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("fifteen", 15), Map.entry("twenty", 20),
            Map.entry("thirty", 30), Map.entry("fifty", 50), Map.entry("hundred", 100),
            Map.entry("dozen", 12), Map.entry("couple", 2), Map.entry("few", 3));

    /** The regex alternative that matches one number, as digits or a word. */
    static final String PATTERN = "-?\\d{1,12}|a|an|one|two|three|four|five|six|seven|eight|nine"
            + "|ten|eleven|twelve|fifteen|twenty|thirty|fifty|hundred|dozen";

    private NumberWords() {
    }

    /** The value of digits or a number word. */
    static OptionalInt value(String text) {
        if (text == null) {
            return OptionalInt.empty();
        }
        if (text.matches("-?\\d{1,12}")) {
            long value = Long.parseLong(text);
            return OptionalInt.of((int) Math.max(Integer.MIN_VALUE,
                    Math.min(Integer.MAX_VALUE, value)));
        }
        Integer word = WORDS.get(text);
        return word == null ? OptionalInt.empty() : OptionalInt.of(word);
    }
}
