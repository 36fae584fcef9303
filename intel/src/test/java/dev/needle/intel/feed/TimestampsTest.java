package dev.needle.intel.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TimestampsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "2015-05-15T09:12:16.432678Z, 2015-05-15T09:12:16.432678Z",
        "2024-04-04 07:03:03, 2024-04-04T07:03:03Z",
        "2026-02-02 16:00:45 UTC, 2026-02-02T16:00:45Z",
        "2024-04-01, 2024-04-01T00:00:00Z",
        "2014-10-15T21:02:19, 2014-10-15T21:02:19Z",
        "2020-01-01T12:00:00+02:00, 2020-01-01T10:00:00Z",
        "1461831498, 2016-04-28T08:18:18Z",
    })
    void tryParse_feedForms_giveTheInstant(String text, String expected) {
        assertThat(Timestamps.tryParse(text)).contains(Instant.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "yesterday", "20240101", "02/02/2026", "2024-13-01",
        "2024-04-04 25:00:00", "99999999999999"})
    void tryParse_otherText_isEmpty(String text) {
        assertThat(Timestamps.tryParse(text)).isEmpty();
    }
}
