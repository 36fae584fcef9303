package dev.needle.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TimeBoundParserTest {

    private static final Instant NOW = Instant.parse("2015-05-17T10:05:00Z");

    // A zone far from UTC shows that dates and local times do not follow the clock's zone.
    private final TimeBoundParser parser = new TimeBoundParser(
            Clock.fixed(NOW, ZoneId.of("Pacific/Kiritimati")));

    @ParameterizedTest
    @CsvSource({
        "15m, 2015-05-17T09:50:00Z",
        "24h, 2015-05-16T10:05:00Z",
        "7d, 2015-05-10T10:05:00Z",
        "2w, 2015-05-03T10:05:00Z",
        "90s, 2015-05-17T10:03:30Z",
        "0m, 2015-05-17T10:05:00Z",
        "now, 2015-05-17T10:05:00Z",
        "' 1h ', 2015-05-17T09:05:00Z",
    })
    void parse_relative_countsBackFromTheClock(String value, String expected) {
        assertThat(parser.parse(value)).isEqualTo(Instant.parse(expected));
    }

    @ParameterizedTest
    @CsvSource({
        "2015-05-17T10:05:00Z, 2015-05-17T10:05:00Z",
        "2015-05-17T10:05:00+01:00, 2015-05-17T09:05:00Z",
        "2015-05-17T10:05:00-05:30, 2015-05-17T15:35:00Z",
        "2015-05-17T10:05:00.250Z, 2015-05-17T10:05:00.250Z",
        "2015-05-17, 2015-05-17T00:00:00Z",
        "2015-05-17T10:05:00, 2015-05-17T10:05:00Z",
        "2015-05-17T10:05, 2015-05-17T10:05:00Z",
        "2015-05-17 10:05:00, 2015-05-17T10:05:00Z",
    })
    void parse_absolute_givesTheInstant(String value, String expected) {
        assertThat(parser.parse(value)).isEqualTo(Instant.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "yesterday", "15", "m", "15M", "15y", "-5m", "1.5h", "15 m",
        "2015-5-17", "2015-05-17T25:00:00Z", "17/05/2015", "2015-05-17T10:05:00+25:00",
        "1234567890m"})
    void parse_unknownForm_namesValueAndAcceptedForms(String value) {
        assertThatThrownBy(() -> parser.parse(value))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("invalid time '" + value + "'")
                .hasMessageContaining("15m, 24h, 7d or 2w")
                .hasMessageContaining("2015-05-17T10:05:00+01:00")
                .hasMessageContaining("2015-05-17 (start of day, UTC)");
    }

    @Test
    void parse_impossibleDate_saysWhy() {
        assertThatThrownBy(() -> parser.parse("2015-02-30"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'2015-02-30'")
                .hasMessageContaining("Invalid date 'FEBRUARY 30'");
    }

    @Test
    void parse_relativeBeforeTheEarliestInstant_isRejected() {
        TimeBoundParser early = new TimeBoundParser(Clock.fixed(Instant.MIN.plusSeconds(10),
                ZoneId.of("UTC")));

        assertThatThrownBy(() -> early.parse("1m"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'1m'")
                .hasMessageContaining("before the earliest instant");
    }
}
