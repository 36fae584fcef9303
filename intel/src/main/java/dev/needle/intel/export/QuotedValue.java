package dev.needle.intel.export;

/** Hostile text made safe to show in a message or a log line: quoted, controls escaped, cut. */
final class QuotedValue {

    private static final int MAX_SHOWN = 120;

    private QuotedValue() {
    }

    /** {@code text} in single quotes, with control characters as {@code \\uXXXX}. */
    static String of(String text) {
        StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_SHOWN) + 8).append('\'');
        int shown = Math.min(text.length(), MAX_SHOWN);
        for (int i = 0; i < shown; i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        if (text.length() > MAX_SHOWN) {
            out.append("...");
        }
        return out.append('\'').toString();
    }
}
