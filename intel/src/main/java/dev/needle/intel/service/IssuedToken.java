package dev.needle.intel.service;

import java.util.Objects;

/**
 * A token just issued: the only moment its secret text is available. Hand the secret to the
 * user once; {@link #toString()} never shows it.
 *
 * @param token what is stored about it
 * @param secret the bearer text to present to {@link IntelService#authenticate(String)}
 */
public record IssuedToken(ApiToken token, String secret) {

    public IssuedToken {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(secret, "secret");
    }

    @Override
    public String toString() {
        return "IssuedToken[token=" + token + ", secret=(hidden)]";
    }
}
