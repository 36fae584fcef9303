package dev.needle.core.indicator;

import java.util.Locale;

/**
 * Canonical e-mail addresses: the local part as written, the domain through {@link DomainNames}.
 * Quoted local parts and address literals such as {@code user@[192.0.2.1]} are not accepted.
 */
final class EmailAddresses {

    private static final int MAX_LOCAL = 64;
    private static final String SPECIALS = "()<>[]\\,;:\"@";

    private EmailAddresses() {
    }

    /** The canonical address, or an {@link IllegalArgumentException} saying what is wrong. */
    static String canonical(String text) {
        String address = text.toLowerCase(Locale.ROOT).startsWith("mailto:")
                ? text.substring("mailto:".length()) : text;
        int at = address.lastIndexOf('@');
        if (at < 0) {
            throw new IllegalArgumentException("it has no '@'");
        }
        String local = address.substring(0, at);
        checkLocal(local);
        try {
            return local + "@" + DomainNames.canonical(address.substring(at + 1));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the domain is not valid: " + e.getMessage(), e);
        }
    }

    private static void checkLocal(String local) {
        if (local.isEmpty()) {
            throw new IllegalArgumentException("the part before '@' is empty");
        }
        if (local.length() > MAX_LOCAL) {
            throw new IllegalArgumentException("the part before '@' is longer than " + MAX_LOCAL
                    + " characters");
        }
        for (int i = 0; i < local.length(); i++) {
            char c = local.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c)
                    || SPECIALS.indexOf(c) >= 0) {
                throw new IllegalArgumentException("the part before '@' holds the character '"
                        + IndicatorText.printable(c) + "'");
            }
        }
        if (local.startsWith(".") || local.endsWith(".") || local.contains("..")) {
            throw new IllegalArgumentException("the part before '@' has a misplaced dot");
        }
    }
}
