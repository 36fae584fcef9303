package dev.needle.intel.feed;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * Stable event ids: name-based UUIDs (version 5, SHA-1, RFC 9562) of the dataset, the source and
 * the source's own id, so that importing the same feed again into the same dataset yields the
 * same ids and replaces its events instead of adding copies.
 */
final class EventIds {

    /** Needle's namespace for name-based event ids; fixed forever, since ids depend on it. */
    private static final UUID NAMESPACE = UUID.fromString("0b3f8a52-6c1d-4f0e-9a47-5d2c8e1b7f36");

    private EventIds() {
    }

    /**
     * The id of the event that {@code source} calls {@code key} in {@code dataset}.
     *
     * @param source a short fixed name of the feed kind, such as {@code stix} or {@code urlhaus}
     */
    static UUID of(String dataset, String source, String key) {
        String name = dataset + '\u001f' + source + '\u001f' + key;
        byte[] hash = sha1(NAMESPACE, name.getBytes(StandardCharsets.UTF_8));
        hash[6] = (byte) ((hash[6] & 0x0f) | 0x50);
        hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
        ByteBuffer bytes = ByteBuffer.wrap(hash, 0, 16);
        return new UUID(bytes.getLong(), bytes.getLong());
    }

    private static byte[] sha1(UUID namespace, byte[] name) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-1");
            digest.update(ByteBuffer.allocate(16).putLong(namespace.getMostSignificantBits())
                    .putLong(namespace.getLeastSignificantBits()).array());
            return digest.digest(name);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks SHA-1, which every JDK must have", e);
        }
    }
}
