package dev.needle.intel.internal.registry;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Makes API tokens: 256 random bits from {@link SecureRandom}, written as {@code ndl_} and
 * base64url, and the SHA-256 under which a token is stored and looked up. The plain token is
 * never stored or logged.
 */
public final class TokenMint {

    private static final String PREFIX = "ndl_";

    private final SecureRandom random = new SecureRandom();

    /** A new secret token. */
    public String secret() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** A new public token id, to revoke a token by. */
    public String id() {
        byte[] bytes = new byte[8];
        random.nextBytes(bytes);
        return "tok_" + HexFormat.of().formatHex(bytes);
    }

    /** The hex SHA-256 of a token's UTF-8 text. */
    public static String sha256(String token) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks SHA-256", e);
        }
    }
}
