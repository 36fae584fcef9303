package dev.needle.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class ClfTimestampTest {

    private static final DateTimeFormatter CLF =
            DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ENGLISH);

    @Test
    void render_seedInstantInUtc_writesApacheLayout() {
        ClfTimestamp clock = new ClfTimestamp(ZoneOffset.UTC);

        byte[] text = clock.render(Instant.parse("2015-05-17T10:05:03Z").getEpochSecond());

        assertThat(new String(text, StandardCharsets.US_ASCII))
                .isEqualTo("17/May/2015:10:05:03 +0000");
    }

    @Test
    void render_negativeHalfHourOffset_writesLocalTimeAndOffset() {
        ClfTimestamp clock = new ClfTimestamp(ZoneOffset.ofHoursMinutes(-3, -30));

        byte[] text = clock.render(Instant.parse("2024-01-01T02:00:00Z").getEpochSecond());

        assertThat(new String(text, StandardCharsets.US_ASCII))
                .isEqualTo("31/Dec/2023:22:30:00 -0330");
    }

    @Property
    void render_anySecondAndOffset_matchesJavaTimeFormatting(
            @ForAll @LongRange(min = 0, max = 250_000_000_000L) long epochSecond,
            @ForAll @IntRange(min = -18 * 60, max = 18 * 60) int offsetMinutes,
            @ForAll @LongRange(min = -200_000, max = 200_000) long previousDelta) {
        ZoneOffset offset = ZoneOffset.ofTotalSeconds(offsetMinutes * 60);
        ClfTimestamp clock = new ClfTimestamp(offset);
        clock.render(epochSecond + previousDelta);

        String text = new String(clock.render(epochSecond), StandardCharsets.US_ASCII);

        assertThat(text).isEqualTo(CLF.format(Instant.ofEpochSecond(epochSecond).atOffset(offset)));
    }

    @Test
    void render_yearWithFiveDigits_isRejectedNamingYear() {
        ClfTimestamp clock = new ClfTimestamp(ZoneOffset.UTC);
        long year10000 = Instant.parse("+10000-01-01T00:00:00Z").getEpochSecond();

        assertThatThrownBy(() -> clock.render(year10000))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("year 10000");
    }
}
