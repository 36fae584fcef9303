package dev.needle.intel.taxii;

import dev.needle.intel.service.EventPosition;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * Where a page stopped, as the opaque {@code next} token: the position of the last event read
 * in full, the event the page stopped in, and the index of the first object not yet sent.
 *
 * <p>Resuming reads the events after {@code after}; when the first one is still
 * {@code eventId}, its objects before {@code index} are skipped. The token is plain base64url
 * text, not a secret: it only says where to resume, and access is checked on every request.
 *
 * @param after the position of the last event sent in full, or empty at the start
 * @param eventId the event the page stopped in
 * @param index the index of that event's first object not yet sent
 */
record PageCursor(Optional<EventPosition> after, UUID eventId, int index) {

    private static final String VERSION = "n1";

    String encode() {
        String position = after.map(p -> p.added().getEpochSecond() + "." + p.added().getNano()
                + "." + p.eventId()).orElse("-");
        String text = String.join("|", VERSION, position, eventId.toString(),
                Integer.toString(index));
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(text.getBytes(StandardCharsets.US_ASCII));
    }

    static PageCursor decode(String token) throws TaxiiRequestException {
        try {
            String text = new String(Base64.getUrlDecoder().decode(token),
                    StandardCharsets.US_ASCII);
            String[] parts = text.split("\\|", -1);
            if (parts.length != 4 || !parts[0].equals(VERSION)) {
                throw new IllegalArgumentException("not a page token");
            }
            int index = Integer.parseInt(parts[3]);
            if (index < 0) {
                throw new IllegalArgumentException("negative index");
            }
            return new PageCursor(position(parts[1]), UUID.fromString(parts[2]), index);
        } catch (IllegalArgumentException | DateTimeException e) {
            throw new TaxiiRequestException("next '" + ObjectQuery.shown(token)
                    + "' is not a token this server gave out");
        }
    }

    private static Optional<EventPosition> position(String text) {
        if (text.equals("-")) {
            return Optional.empty();
        }
        String[] parts = text.split("\\.", 3);
        if (parts.length != 3) {
            throw new IllegalArgumentException("not a position");
        }
        Instant added = Instant.ofEpochSecond(Long.parseLong(parts[0]), Long.parseLong(parts[1]));
        return Optional.of(new EventPosition(added, UUID.fromString(parts[2])));
    }
}
