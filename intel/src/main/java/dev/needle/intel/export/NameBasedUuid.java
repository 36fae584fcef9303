package dev.needle.intel.export;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/** Version 5 UUIDs (RFC 9562): the same namespace and name always give the same id. */
public final class NameBasedUuid {

    /** Needle's namespace for the ids of STIX objects and TAXII collections it derives. */
    public static final UUID NEEDLE_NAMESPACE =
            UUID.fromString("623c13b3-571c-4b06-a88f-59c0645e553c");

    private NameBasedUuid() {
    }

    /** The version 5 UUID of {@code name}, read as UTF-8, in {@code namespace}. */
    public static UUID of(UUID namespace, String name) {
        MessageDigest sha1 = sha1();
        sha1.update(bytes(namespace));
        sha1.update(name.getBytes(StandardCharsets.UTF_8));
        return fromHash(sha1.digest());
    }

    /** The version 5 UUID of {@code name} in {@link #NEEDLE_NAMESPACE}. */
    public static UUID of(String name) {
        return of(NEEDLE_NAMESPACE, name);
    }

    private static UUID fromHash(byte[] hash) {
        hash[6] = (byte) ((hash[6] & 0x0f) | 0x50);
        hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
        ByteBuffer buffer = ByteBuffer.wrap(hash, 0, 16);
        return new UUID(buffer.getLong(), buffer.getLong());
    }

    private static byte[] bytes(UUID uuid) {
        return ByteBuffer.allocate(16).putLong(uuid.getMostSignificantBits())
                .putLong(uuid.getLeastSignificantBits()).array();
    }

    static MessageDigest sha1() {
        try {
            return MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-1, which every JDK must have", e);
        }
    }
}
