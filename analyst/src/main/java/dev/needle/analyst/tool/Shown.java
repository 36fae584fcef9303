package dev.needle.analyst.tool;

/**
 * Puts a value from logs or feeds into an answer's sentence: control characters (which could
 * drive a terminal) become {@code \xNN}, and long values are cut at {@value #MAX} characters.
 * Tables keep values whole; their displays escape them.
 */
final class Shown {

    static final int MAX = 120;

    private Shown() {
    }

    static String text(String value) {
        StringBuilder out = new StringBuilder();
        value.codePoints().limit(MAX).forEach(c -> {
            if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029) {
                out.append(String.format("\\x%02x", c & 0xff));
            } else {
                out.appendCodePoint(c);
            }
        });
        if (value.codePointCount(0, value.length()) > MAX) {
            out.append('…');
        }
        return out.toString();
    }
}
