package dev.needle.traffic.internal.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.needle.traffic.LogFormat;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CloudflareJsonParserTest {

    private final LineParser parser = LogParsers.forFormat(LogFormat.CLOUDFLARE_JSON);
    private final RequestRow row = new RequestRow();

    private void parse(String line) throws LineRejectedException {
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        parser.parse(bytes, 0, bytes.length, row);
    }

    private static long micros(String instant) {
        Instant i = Instant.parse(instant);
        return i.getEpochSecond() * 1_000_000 + i.getNano() / 1000;
    }

    @Test
    void parse_fullRecord_fillsEveryField() throws Exception {
        parse("{\"ClientIP\":\"2001:db8::1\",\"ClientRequestHost\":\"shop.example\","
                + "\"ClientRequestMethod\":\"POST\",\"ClientRequestURI\":\"/login?next=/\","
                + "\"EdgeResponseStatus\":403,\"ClientRequestUserAgent\":\"curl/8.0\","
                + "\"ClientRequestReferer\":\"\",\"EdgeStartTimestamp\":\"2024-03-01T12:00:00Z\","
                + "\"EdgeResponseBytes\":512,\"ClientASN\":64500,\"ClientCountry\":\"de\","
                + "\"JA3Hash\":\"e7d705a3286e19ea42f587b344ee6865\",\"JA4\":\"t13d1516h2_x\","
                + "\"RayID\":\"ignored\",\"Nested\":{\"a\":[1,2]}}");

        assertThat(row.text(RequestRow.IP)).isEqualTo("2001:db8::1");
        assertThat(row.text(RequestRow.HOST)).isEqualTo("shop.example");
        assertThat(row.text(RequestRow.METHOD)).isEqualTo("POST");
        assertThat(row.text(RequestRow.PATH)).isEqualTo("/login");
        assertThat(row.text(RequestRow.QUERY)).isEqualTo("next=/");
        assertThat(row.status).isEqualTo(403);
        assertThat(row.text(RequestRow.UA)).isEqualTo("curl/8.0");
        assertThat(row.timeMicros).isEqualTo(micros("2024-03-01T12:00:00Z"));
        assertThat(row.bytes).isEqualTo(512);
        assertThat(row.asn).isEqualTo(64500);
        assertThat(row.text(RequestRow.COUNTRY)).isEqualTo("DE");
        assertThat(row.text(RequestRow.JA3)).isEqualTo("e7d705a3286e19ea42f587b344ee6865");
        assertThat(row.text(RequestRow.JA4)).isEqualTo("t13d1516h2_x");
    }

    @Test
    void parse_numericTimestamps_areToldApartBySize() throws Exception {
        long seconds = Instant.parse("2024-03-01T12:00:00Z").getEpochSecond();
        for (String value : new String[] {String.valueOf(seconds), seconds + "000",
            seconds + "000000", seconds + "000000000"}) {
            parse("{\"ClientIP\":\"1.2.3.4\",\"EdgeStartTimestamp\":" + value + "}");
            assertThat(row.timeMicros).as(value).isEqualTo(seconds * 1_000_000);
        }
    }

    @Test
    void parse_wrongTypes_nameTheField() {
        assertThatThrownBy(() -> parse("{\"ClientIP\":\"1.2.3.4\",\"EdgeStartTimestamp\":1,"
                + "\"EdgeResponseStatus\":\"OK\"}"))
                .hasMessage("field EdgeResponseStatus: expected a number, got \"OK\"");
        assertThatThrownBy(() -> parse("{\"ClientIP\":[1,2],\"EdgeStartTimestamp\":1}"))
                .hasMessage("field ClientIP: expected a string, got an array");
        assertThatThrownBy(() -> parse("{\"ClientIP\":\"1.2.3.4\",\"EdgeStartTimestamp\":true}"))
                .hasMessageContaining("field EdgeStartTimestamp: expected a number or an RFC 3339"
                        + " string, got a boolean");
        assertThatThrownBy(() -> parse("{\"ClientIP\":\"1.2.3.4\","
                + "\"EdgeStartTimestamp\":\"yesterday\"}"))
                .hasMessageContaining("\"yesterday\" is not an RFC 3339 time");
    }

    @Test
    void parse_missingOrMalformed_isRejected() {
        assertThatThrownBy(() -> parse("{\"EdgeStartTimestamp\":1}"))
                .hasMessage("field ClientIP is missing");
        assertThatThrownBy(() -> parse("{\"ClientIP\":\"1.2.3.4\"}"))
                .hasMessage("field EdgeStartTimestamp is missing");
        assertThatThrownBy(() -> parse("[1,2,3]")).hasMessage("not a JSON object");
        assertThatThrownBy(() -> parse("{\"ClientIP\":\"1.2.3.4\","))
                .hasMessageStartingWith("malformed JSON");
    }
}
