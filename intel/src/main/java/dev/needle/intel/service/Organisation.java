package dev.needle.intel.service;

import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A tenant: it owns datasets and tokens, and datasets can be shared with it.
 *
 * @param name lower-case letters, digits, dots, dashes and underscores, at most 64 characters
 * @param createdAt when it was registered
 */
public record Organisation(String name, Instant createdAt) {

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

    public Organisation {
        requireValidName(name);
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** Throws when {@code name} is not a valid organisation name; the message names it. */
    public static String requireValidName(String name) {
        Objects.requireNonNull(name, "organisation name");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("organisation name '" + name + "' must be 1 to 64"
                    + " lower-case letters, digits, '.', '-' or '_', starting with a letter or"
                    + " digit");
        }
        return name;
    }
}
