package dev.needle.intel.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class EventIdsTest {

    @Test
    void of_sameName_givesTheSameVersion5Id() {
        UUID id = EventIds.of("apt", "misp", "5721c2e4-05ec-4af3-9264-411b950d210f");

        assertThat(EventIds.of("apt", "misp", "5721c2e4-05ec-4af3-9264-411b950d210f"))
                .isEqualTo(id);
        assertThat(id.version()).isEqualTo(5);
        assertThat(id.variant()).isEqualTo(2);
    }

    @Test
    void of_differentDatasetSourceOrKey_givesDifferentIds() {
        UUID id = EventIds.of("apt", "misp", "k");

        assertThat(EventIds.of("other", "misp", "k")).isNotEqualTo(id);
        assertThat(EventIds.of("apt", "stix", "k")).isNotEqualTo(id);
        assertThat(EventIds.of("apt", "misp", "k2")).isNotEqualTo(id);
        assertThat(EventIds.of("ap", "tmisp", "k")).isNotEqualTo(id);
    }
}
