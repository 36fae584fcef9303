package dev.needle.core.indicator;

/** Quotes hostile values for error messages: control characters escaped, long values cut. */
final class IndicatorText {

    private static final int MAX_SHOWN = 200;

    private IndicatorText() {
    }

    /** The value in single quotes, safe to print and log. */
    static String quote(String value) {
        StringBuilder out = new StringBuilder(Math.min(value.length(), MAX_SHOWN) + 8);
        out.append('\'');
        int shown = Math.min(value.length(), MAX_SHOWN);
        for (int i = 0; i < shown; i++) {
            out.append(printable(value.charAt(i)));
        }
        if (value.length() > MAX_SHOWN) {
            out.append("...(").append(value.length()).append(" characters)");
        }
        return out.append('\'').toString();
    }

    /** {@code reason} with control characters escaped and cut to a printable length. */
    static String reason(String reason) {
        String text = String.valueOf(reason);
        StringBuilder out = new StringBuilder(Math.min(text.length(), 2 * MAX_SHOWN));
        for (int i = 0; i < text.length() && out.length() < 2 * MAX_SHOWN; i++) {
            out.append(printable(text.charAt(i)));
        }
        return out.length() < 2 * MAX_SHOWN ? out.toString() : out + "...";
    }

    /** The character itself, or a {@code \\uXXXX} escape when it is a control character. */
    static String printable(char c) {
        if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
            return String.format("\\u%04x", (int) c);
        }
        return String.valueOf(c);
    }
}
