package dev.needle.traffic.internal.findings;

/**
 * A value from a log made fit for a sentence. Log values are chosen by whoever sent the
 * request: control, format (such as right-to-left overrides) and line-separator characters
 * become U+FFFD and long values are cut, so that a summary stays one readable line. The value
 * is still data, not markup; whoever renders a summary escapes it.
 */
final class Excerpt {

    /** Code points kept before a value is cut. */
    static final int MAX_CODE_POINTS = 80;

    private Excerpt() {
    }

    /** {@code value} with unsafe characters replaced and cut to {@link #MAX_CODE_POINTS}. */
    static String of(String value) {
        StringBuilder out = new StringBuilder(Math.min(value.length(), MAX_CODE_POINTS + 1));
        int kept = 0;
        for (int i = 0; i < value.length(); ) {
            if (kept == MAX_CODE_POINTS) {
                return out.append('\u2026').toString();
            }
            int cp = value.codePointAt(i);
            out.appendCodePoint(isShown(cp) ? cp : '\uFFFD');
            kept++;
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    private static boolean isShown(int cp) {
        return switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR,
                    Character.PARAGRAPH_SEPARATOR, Character.SURROGATE,
                    Character.UNASSIGNED, Character.PRIVATE_USE -> false;
            default -> true;
        };
    }
}
