package dev.needle.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
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

    @Test
    void render_edgeSecondsInEveryWholeHourOffset_matchesJavaTimeFormatting() {
        long[] seconds = {0, 86_399, 86_400, 951_782_399, 951_782_400, 1_456_704_000,
            1_431_857_103, 253_402_214_400L};
        for (int hours = -18; hours <= 18; hours++) {
            ZoneOffset offset = ZoneOffset.ofHours(hours);
            ClfTimestamp clock = new ClfTimestamp(offset);
            for (long second : seconds) {
                assertRendersLikeJavaTime(clock, offset, second);
            }
        }
    }

    @Test
    void render_seededRandomSecondsOffsetsAndOrder_matchesJavaTimeFormatting() {
        SplitMix64 random = new SplitMix64(20_240_601L);
        for (int trial = 0; trial < 5_000; trial++) {
            ZoneOffset offset = ZoneOffset.ofTotalSeconds((random.nextInt(36 * 60 + 1) - 18 * 60)
                    * 60);
            ClfTimestamp clock = new ClfTimestamp(offset);
            long second = Math.floorMod(random.nextLong(), 250_000_000_000L);
            clock.render(second + random.nextInt(400_001) - 200_000);

            assertRendersLikeJavaTime(clock, offset, second);
        }
    }

    @Test
    void render_yearWithFiveDigits_isRejectedNamingYear() {
        ClfTimestamp clock = new ClfTimestamp(ZoneOffset.UTC);
        long year10000 = Instant.parse("+10000-01-01T00:00:00Z").getEpochSecond();

        assertThatThrownBy(() -> clock.render(year10000))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("year 10000");
    }

    private static void assertRendersLikeJavaTime(ClfTimestamp clock, ZoneOffset offset,
            long second) {
        String text = new String(clock.render(second), StandardCharsets.US_ASCII);

        assertThat(text).as("second %d at offset %s", second, offset)
                .isEqualTo(CLF.format(Instant.ofEpochSecond(second).atOffset(offset)));
    }
}
