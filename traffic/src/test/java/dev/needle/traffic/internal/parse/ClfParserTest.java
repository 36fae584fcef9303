package dev.needle.traffic.internal.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.needle.traffic.LogFormat;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ClfParserTest {

    private final LineParser combined = LogParsers.forFormat(LogFormat.COMBINED);
    private final LineParser common = LogParsers.forFormat(LogFormat.COMMON);
    private final RequestRow row = new RequestRow();

    private void parse(LineParser parser, String line) throws LineRejectedException {
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        parser.parse(bytes, 0, bytes.length, row);
    }

    @Test
    void parse_realCombinedLine_fillsEveryField() throws Exception {
        parse(combined, "83.149.9.216 - - [17/May/2015:10:05:03 +0000] \"GET /presentations/"
                + "kibana-search.png?x=1 HTTP/1.1\" 200 203023 \"http://semicomplete.com/\""
                + " \"Mozilla/5.0 (Macintosh)\"");

        assertThat(row.text(RequestRow.IP)).isEqualTo("83.149.9.216");
        assertThat(Instant.EPOCH.plusNanos(row.timeMicros * 1000))
                .isEqualTo(Instant.parse("2015-05-17T10:05:03Z"));
        assertThat(row.text(RequestRow.METHOD)).isEqualTo("GET");
        assertThat(row.text(RequestRow.PATH)).isEqualTo("/presentations/kibana-search.png");
        assertThat(row.text(RequestRow.QUERY)).isEqualTo("x=1");
        assertThat(row.text(RequestRow.PROTOCOL)).isEqualTo("HTTP/1.1");
        assertThat(row.status).isEqualTo(200);
        assertThat(row.bytes).isEqualTo(203023);
        assertThat(row.text(RequestRow.REFERER)).isEqualTo("http://semicomplete.com/");
        assertThat(row.text(RequestRow.UA)).isEqualTo("Mozilla/5.0 (Macintosh)");
    }

    @Test
    void parse_positiveOffset_convertsToUtc() throws Exception {
        parse(combined, "23.95.237.180 - - [25/Oct/2015:04:11:26 +0100] \"GET /join_form"
                + " HTTP/1.0\" 200 11114 \"-\" \"-\"");

        assertThat(row.timeMicros).isEqualTo(
                Instant.parse("2015-10-25T03:11:26Z").getEpochSecond() * 1_000_000);
        assertThat(row.isEmpty(RequestRow.REFERER)).isTrue();
        assertThat(row.isEmpty(RequestRow.UA)).isTrue();
    }

    @Test
    void parse_escapedQuoteInUserAgent_keepsItInside() throws Exception {
        parse(combined, "1.2.3.4 - bob [01/Jan/2020:00:00:00 -0500] \"POST /login HTTP/1.1\""
                + " 401 - \"-\" \"evil \\\"agent\\\" <script>\"");

        assertThat(row.text(RequestRow.UA)).isEqualTo("evil \\\"agent\\\" <script>");
        assertThat(row.bytes).isZero();
        assertThat(row.timeMicros).isEqualTo(
                Instant.parse("2020-01-01T05:00:00Z").getEpochSecond() * 1_000_000);
    }

    @Test
    void parse_requestThatIsNotAnHttpRequestLine_storesRawTextAsPath() throws Exception {
        parse(combined, "5.6.7.8 - - [01/Jan/2020:00:00:00 +0000] \"\\x16\\x03\\x01\\x00\""
                + " 400 166 \"-\" \"-\"");

        assertThat(row.isEmpty(RequestRow.METHOD)).isTrue();
        assertThat(row.text(RequestRow.PATH)).isEqualTo("\\x16\\x03\\x01\\x00");
        assertThat(row.status).isEqualTo(400);
    }

    @Test
    void parse_dashRequest_hasEmptyMethodAndPath() throws Exception {
        parse(combined, "5.6.7.8 - - [01/Jan/2020:00:00:00 +0000] \"-\" 408 0 \"-\" \"-\"");

        assertThat(row.isEmpty(RequestRow.METHOD)).isTrue();
        assertThat(row.isEmpty(RequestRow.PATH)).isTrue();
        assertThat(row.status).isEqualTo(408);
    }

    @Test
    void parse_userAgentCutBeforeClosingQuote_takesRestOfLine() throws Exception {
        // Line 8899 of the real elastic/examples log ends like this.
        parse(combined, "46.118.127.106 - - [20/May/2015:12:05:17 +0000] \"GET /x HTTP/1.1\""
                + " 200 235 \"-\" \"Mozilla/5.0 (compatible; Googlebot/2.1");

        assertThat(row.text(RequestRow.UA)).isEqualTo("Mozilla/5.0 (compatible; Googlebot/2.1");
    }

    @Test
    void parse_commonFormat_acceptsLineWithoutRefererAndAgent() throws Exception {
        parse(common, "127.0.0.1 - frank [10/Oct/2000:13:55:36 -0700] \"GET /apache_pb.gif"
                + " HTTP/1.0\" 200 2326");

        assertThat(row.text(RequestRow.PATH)).isEqualTo("/apache_pb.gif");
        assertThat(row.bytes).isEqualTo(2326);
    }

    @Test
    void parse_commonLineAsCombined_isRejectedNamingReferer() {
        assertThatThrownBy(() -> parse(combined, "127.0.0.1 - frank [10/Oct/2000:13:55:36"
                + " -0700] \"GET /a HTTP/1.0\" 200 2326"))
                .isInstanceOf(LineRejectedException.class)
                .hasMessageContaining("referer");
    }

    @Test
    void parse_badTimes_areRejectedWithReason() {
        assertThatThrownBy(() -> parse(combined, "1.2.3.4 - - [32/May/2015:10:05:03 +0000]"
                + " \"GET / HTTP/1.1\" 200 1 \"-\" \"-\""))
                .hasMessageContaining("time is out of range");
        assertThatThrownBy(() -> parse(combined, "1.2.3.4 - - [17/Mai/2015:10:05:03 +0000]"
                + " \"GET / HTTP/1.1\" 200 1 \"-\" \"-\""))
                .hasMessageContaining("unknown month");
        assertThatThrownBy(() -> parse(combined, "1.2.3.4 - - [31/Feb/2015:10:05:03 +0000]"
                + " \"GET / HTTP/1.1\" 200 1 \"-\" \"-\""))
                .hasMessageContaining("no such date");
        assertThatThrownBy(() -> parse(combined, "1.2.3.4 - - [17/May/2015:10:05:03]"
                + " \"GET / HTTP/1.1\" 200 1 \"-\" \"-\""))
                .hasMessageContaining("dd/Mon/yyyy");
    }

    @Test
    void parse_nonNumericStatus_isRejected() {
        assertThatThrownBy(() -> parse(combined, "1.2.3.4 - - [17/May/2015:10:05:03 +0000]"
                + " \"GET / HTTP/1.1\" OK 1 \"-\" \"-\""))
                .hasMessage("status is not a number");
    }

    @Test
    void parse_invalidUtf8_isFlaggedNotRejected() throws Exception {
        byte[] line = ("1.2.3.4 - - [17/May/2015:10:05:03 +0000] \"GET /caf\u00e9 HTTP/1.1\""
                + " 200 1 \"-\" \"x\"").getBytes(StandardCharsets.ISO_8859_1);

        combined.parse(line, 0, line.length, row);

        assertThat(row.invalidUtf8).isTrue();
        row.repairUtf8();
        assertThat(row.text(RequestRow.PATH)).isEqualTo("/caf\ufffd");
    }

    @Test
    void parse_randomBytes_onlyEverRejects() {
        SplittableRandom random = new SplittableRandom(20261204L);
        byte[] seedLine = ("83.149.9.216 - - [17/May/2015:10:05:03 +0000] \"GET /a?b HTTP/1.1\""
                + " 200 203023 \"http://x/\" \"Mozilla/5.0\"").getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < 20_000; i++) {
            byte[] line = seedLine.clone();
            int edits = 1 + random.nextInt(6);
            for (int e = 0; e < edits; e++) {
                line[random.nextInt(line.length)] = (byte) random.nextInt(256);
            }
            int length = random.nextInt(line.length + 1);
            try {
                combined.parse(line, 0, length, row);
                assertThat(row.status).as("status of %s", new String(line, 0, length,
                        StandardCharsets.ISO_8859_1)).isBetween(100, 999);
            } catch (LineRejectedException expected) {
                assertThat(expected.getMessage()).isNotBlank();
            }
        }
    }
}
