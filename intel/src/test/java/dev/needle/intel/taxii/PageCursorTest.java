package dev.needle.intel.taxii;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.needle.intel.service.EventPosition;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PageCursorTest {

    private static final UUID EVENT = UUID.fromString("3f1b6a2e-5c4d-4e7f-9a8b-1c2d3e4f5a6b");

    @Test
    void decode_encodedCursor_givesItBack() throws TaxiiRequestException {
        PageCursor cursor = new PageCursor(Optional.of(new EventPosition(
                Instant.parse("2024-05-01T10:00:00.123456789Z"), UUID.randomUUID())), EVENT, 17);

        assertThat(PageCursor.decode(cursor.encode())).isEqualTo(cursor);
    }

    @Test
    void decode_cursorFromTheStart_givesItBack() throws TaxiiRequestException {
        PageCursor cursor = new PageCursor(Optional.empty(), EVENT, 0);

        assertThat(cursor.encode()).matches("[A-Za-z0-9_-]+");
        assertThat(PageCursor.decode(cursor.encode())).isEqualTo(cursor);
    }

    @Test
    void decode_negativeIndex_isRejected() {
        String token = new PageCursor(Optional.empty(), EVENT, 3).encode();
        String forged = Base64.getUrlEncoder().withoutPadding().encodeToString(
                ("n1|-|" + EVENT + "|-3").getBytes(StandardCharsets.US_ASCII));

        assertThat(token).isNotEqualTo(forged);
        assertThatThrownBy(() -> PageCursor.decode(forged))
                .isInstanceOf(TaxiiRequestException.class).hasMessageStartingWith("next '");
    }
}
