package dev.needle.analyst.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A question cut into lower-case words, with matching that forgives a typo: a word of five
 * letters or more matches a keyword one edit away (an insertion, deletion, substitution or swap
 * of neighbours), a word of nine or more two edits away.
 */
final class Words {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'_-]*");

    private final List<String> words;

    private Words(List<String> words) {
        this.words = List.copyOf(words);
    }

    /** The words of a text, lower case, apostrophes dropped ("who's" is "whos"). */
    static Words of(String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (matcher.find()) {
            found.add(matcher.group().replaceAll("'s$", "").replace("'", ""));
        }
        return new Words(found);
    }

    List<String> list() {
        return words;
    }

    int size() {
        return words.size();
    }

    String get(int index) {
        return index >= 0 && index < words.size() ? words.get(index) : "";
    }

    /** Whether some word matches one of the keywords. */
    boolean has(String... keywords) {
        return indexOf(keywords) >= 0;
    }

    /** The position of the first word matching one of the keywords, or -1. */
    int indexOf(String... keywords) {
        for (int i = 0; i < words.size(); i++) {
            if (matchesAny(words.get(i), keywords)) {
                return i;
            }
        }
        return -1;
    }

    /** Whether the words hold this phrase (words in a row, each matched as by {@link #has}). */
    boolean hasPhrase(String phrase) {
        String[] parts = phrase.split(" ");
        for (int i = 0; i + parts.length <= words.size(); i++) {
            boolean all = true;
            for (int j = 0; j < parts.length && all; j++) {
                all = matches(words.get(i + j), parts[j]);
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    static boolean matchesAny(String word, String... keywords) {
        for (String keyword : keywords) {
            if (matches(word, keyword)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code word} is {@code keyword} or a typo of it. */
    static boolean matches(String word, String keyword) {
        if (word.equals(keyword)) {
            return true;
        }
        int shorter = Math.min(word.length(), keyword.length());
        if (shorter < 5 || Math.abs(word.length() - keyword.length()) > 2
                || word.chars().anyMatch(Character::isDigit)) {
            return false;
        }
        int allowed = shorter >= 9 ? 2 : 1;
        return distance(word, keyword, allowed) <= allowed;
    }

    /** The optimal-string-alignment distance, cut short once it exceeds {@code limit}. */
    private static int distance(String a, String b, int limit) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int rowBest = Integer.MAX_VALUE;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int best = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1),
                        d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2)
                        && a.charAt(i - 2) == b.charAt(j - 1)) {
                    best = Math.min(best, d[i - 2][j - 2] + 1);
                }
                d[i][j] = best;
                rowBest = Math.min(rowBest, best);
            }
            if (rowBest > limit) {
                return rowBest;
            }
        }
        return d[a.length()][b.length()];
    }
}
