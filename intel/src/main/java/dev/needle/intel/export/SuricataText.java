package dev.needle.intel.export;

import java.nio.charset.StandardCharsets;

/**
 * Text made safe for Suricata rule options.
 *
 * <p>A rule is one line, and inside the parentheses {@code ;} ends an option and {@code "}
 * ends a string, so hostile text could end the message and add keywords, or break the line and
 * add a rule. The message keeps printable ASCII only (controls become spaces, other characters
 * {@code ?}) and escapes {@code \}, {@code "} and {@code ;} with a backslash. Content strings
 * write every byte outside plain printable ASCII, and the four special characters
 * {@code " ; \ |}, as {@code |XX|} hex.
 */
final class SuricataText {

    private static final int MAX_MESSAGE = 200;
    private static final String SPECIAL = "\";\\|";

    private SuricataText() {
    }

    /** The value of a {@code msg} option, without its quotes. */
    static String message(String text) {
        StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_MESSAGE) + 16);
        int kept = 0;
        for (int i = 0; i < text.length() && kept < MAX_MESSAGE; i++, kept++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                c = ' ';
            } else if (c > 0x7e) {
                c = '?';
                if (Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length()) {
                    i++;
                }
            }
            if (c == '\\' || c == '"' || c == ';') {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    /** The value of a {@code content} option, without its quotes. */
    static String content(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 0x20 && c <= 0x7e && SPECIAL.indexOf(c) < 0) {
                out.append((char) c);
            } else {
                out.append(String.format("|%02X|", c));
            }
        }
        return out.toString();
    }
}
