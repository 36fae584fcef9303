package dev.needle.analyst.conversation;

import java.util.Objects;
import java.util.Optional;

/**
 * What "my industry" and "my country" mean for an organisation.
 *
 * @param industry a canonical industry name such as {@code finance}
 * @param country an ISO 3166 alpha-2 code, upper case
 */
public record Profile(Optional<String> industry, Optional<String> country) {

    public Profile {
        Objects.requireNonNull(industry, "industry");
        Objects.requireNonNull(country, "country");
    }

    /** A profile that says nothing. */
    public static Profile unknown() {
        return new Profile(Optional.empty(), Optional.empty());
    }
}
