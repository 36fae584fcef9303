package dev.needle.intel.taxii;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.intel.testing.RandomText;
import org.junit.jupiter.api.Test;


class PageCursorPropertyTest {

    @Test
    void decode_anyText_eitherDecodesOrIsABadRequest() {
        RandomText random = new RandomText(RandomText.SEED);
        for (int i = 0; i < 5_000; i++) {
            String token = random.oneIn(2) ? random.any(30)
                    : random.from("0123456789abcdefABCDEF-_=.:", 30);
            try {
                PageCursor cursor = PageCursor.decode(token);
                assertThat(cursor.index()).as("seed %d token %s", RandomText.SEED, token)
                        .isNotNegative();
            } catch (TaxiiRequestException e) {
                assertThat(e.getMessage()).as("seed %d", RandomText.SEED).startsWith("next '")
                        .doesNotContain("\n");
            }
        }
    }
}
