package dev.needle.app.analyst;

import java.util.Locale;
import java.util.Optional;

/**
 * The checks a question passes before the analyst sees it, the same over the REST API and the
 * web page: not blank, at most {@value #MAX_CHARS} characters, and no control characters other
 * than tab and line breaks nor unpaired surrogates, which the conversation store could not keep.
 */
public final class QuestionText {

    /** The longest question taken, in UTF-16 characters. */
    public static final int MAX_CHARS = 4000;

    private QuestionText() {
    }

    /** What is wrong with {@code text} as a question, or empty when it can be asked. */
    public static Optional<String> problem(String text) {
        if (text.isBlank()) {
            return Optional.of("is blank; ask something such as \"what are the top 5 IP"
                    + " addresses?\"");
        }
        if (text.length() > MAX_CHARS) {
            return Optional.of("is " + text.length() + " characters long; at most " + MAX_CHARS
                    + " are taken");
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                return Optional.of(String.format(Locale.ROOT,
                        "holds the control character U+%04X at position %d", (int) c, i + 1));
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return Optional.of("holds an unpaired surrogate at position " + (i + 1));
            }
        }
        return Optional.empty();
    }
}
