package dev.needle.core.indicator;

import dev.needle.core.net.IpAddress;
import java.net.IDN;
import java.util.Locale;

/**
 * Canonical domain names: IDNA to ASCII, lower case, no trailing dot, every label checked.
 *
 * <p>Labels may hold letters, digits, hyphens and underscores (underscores are not valid host
 * names, yet malware infrastructure uses them and resolvers answer for them); the top-level
 * label may not hold an underscore or be all digits. Unicode is mapped with {@link IDN}, which
 * implements IDNA 2003, so a few characters such as {@code ß} map as in that edition.
 */
final class DomainNames {

    private static final int MAX_LENGTH = 253;
    private static final int MAX_LABEL = 63;

    private DomainNames() {
    }

    /** The canonical name, or an {@link IllegalArgumentException} saying what is wrong. */
    static String canonical(String name) {
        String text = name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
        if (text.isEmpty()) {
            throw new IllegalArgumentException("the name is empty");
        }
        if (IpAddress.tryParse(text).isPresent()) {
            throw new IllegalArgumentException("it is an IP address, not a domain name");
        }
        if (text.startsWith(".") || text.contains("..")) {
            throw new IllegalArgumentException("it has an empty label");
        }
        String ascii = toAscii(text).toLowerCase(Locale.ROOT);
        if (ascii.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("the name is " + ascii.length()
                    + " characters long; at most " + MAX_LENGTH + " are allowed");
        }
        String[] labels = ascii.split("\\.", -1);
        if (labels.length < 2) {
            throw new IllegalArgumentException("a domain needs at least two labels");
        }
        for (String label : labels) {
            checkLabel(label);
        }
        checkTopLevel(labels[labels.length - 1]);
        return ascii;
    }

    private static String toAscii(String text) {
        try {
            return IDN.toASCII(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("IDNA conversion failed (" + e.getMessage() + ")",
                    e);
        }
    }

    private static void checkLabel(String label) {
        if (label.isEmpty()) {
            throw new IllegalArgumentException("it has an empty label");
        }
        if (label.length() > MAX_LABEL) {
            throw new IllegalArgumentException("label " + IndicatorText.quote(label)
                    + " is longer than " + MAX_LABEL + " characters");
        }
        for (int i = 0; i < label.length(); i++) {
            char c = label.charAt(i);
            boolean allowed = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'
                    || c == '_';
            if (!allowed) {
                throw new IllegalArgumentException("label " + IndicatorText.quote(label)
                        + " holds the character '" + IndicatorText.printable(c) + "'");
            }
        }
        if (label.startsWith("-") || label.endsWith("-")) {
            throw new IllegalArgumentException("label " + IndicatorText.quote(label)
                    + " starts or ends with a hyphen");
        }
    }

    private static void checkTopLevel(String label) {
        if (label.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("the top-level label "
                    + IndicatorText.quote(label) + " is all digits");
        }
        if (label.indexOf('_') >= 0) {
            throw new IllegalArgumentException("the top-level label " + IndicatorText.quote(label)
                    + " holds an underscore");
        }
    }
}
