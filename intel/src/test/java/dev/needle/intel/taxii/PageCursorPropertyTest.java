package dev.needle.intel.taxii;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

class PageCursorPropertyTest {

    @Property
    void decode_anyText_eitherDecodesOrIsABadRequest(@ForAll String token) {
        try {
            PageCursor cursor = PageCursor.decode(token);
            assertThat(cursor.index()).isNotNegative();
        } catch (TaxiiRequestException e) {
            assertThat(e.getMessage()).startsWith("next '").doesNotContain("\n");
        }
    }
}
