package dev.needle.analyst.plan;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A question's text as the readers go over it: each reader takes what it recognises out of the
 * remaining text, so a number read as a time of day is not read again as a limit.
 */
final class Question {

    private final String original;
    private final StringBuilder rest;

    Question(String text) {
        this.original = text;
        this.rest = new StringBuilder(text.toLowerCase(Locale.ROOT));
    }

    /** The question as asked. */
    String original() {
        return original;
    }

    /** The lower-case text not yet taken by a reader. */
    String rest() {
        return rest.toString();
    }

    /**
     * Finds the first match of {@code pattern} in the remaining text, takes it out (blanks it) and
     * returns it.
     */
    Optional<MatchResultView> take(Pattern pattern) {
        Matcher matcher = pattern.matcher(rest);
        if (!matcher.find()) {
            return Optional.empty();
        }
        MatchResultView view = new MatchResultView(matcher.toMatchResult(), original);
        blank(matcher.start(), matcher.end());
        return Optional.of(view);
    }

    /** Blanks a span of the remaining text. */
    void blank(int start, int end) {
        for (int i = start; i < end; i++) {
            rest.setCharAt(i, ' ');
        }
    }

    /** A match with access to the original (case-kept) text of its groups. */
    record MatchResultView(java.util.regex.MatchResult match, String original) {

        String group(int group) {
            return match.group(group);
        }

        /** The group as the user typed it, case kept. */
        String originalGroup(int group) {
            return match.start(group) < 0 ? null
                    : original.substring(match.start(group), match.end(group));
        }

        boolean has(int group) {
            return match.group(group) != null;
        }
    }
}
