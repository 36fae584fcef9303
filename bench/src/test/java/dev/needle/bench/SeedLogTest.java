package dev.needle.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SeedLogTest {

    private static final String LINE = "46.105.14.53 - - [20/May/2015:21:05:15 +0000] "
            + "\"GET /blog/tags/puppet?flav=rss20 HTTP/1.1\" 200 14872 \"-\" "
            + "\"UniversalFeedParser/4.2-pre-314-svn +http://feedparser.org/\"";

    @Test
    void cut_combinedLine_splitsAddressTimePathAndKeepsTheRest() {
        SeedLine line = SeedLog.cut(LINE.getBytes(StandardCharsets.ISO_8859_1));

        assertThat(text(line.ip())).isEqualTo("46.105.14.53");
        assertThat(text(line.identity())).isEqualTo(" - - [");
        assertThat(line.time()).isEqualTo(Instant.parse("2015-05-20T21:05:15Z"));
        assertThat(line.offset()).isEqualTo(ZoneOffset.UTC);
        assertThat(text(line.requestHead())).isEqualTo("] \"GET ");
        assertThat(text(line.path())).isEqualTo("/blog/tags/puppet?flav=rss20");
        assertThat(text(line.tail())).isEqualTo(" HTTP/1.1\" 200 14872 \"-\" "
                + "\"UniversalFeedParser/4.2-pre-314-svn +http://feedparser.org/\"\n");
    }

    @Test
    void cut_requestWithoutTarget_keepsRequestWholeWithEmptyPath() {
        String odd = "1.2.3.4 - - [17/May/2015:10:05:03 +0100] \"-\" 400 0 \"-\" \"-\"";

        SeedLine line = SeedLog.cut(odd.getBytes(StandardCharsets.ISO_8859_1));

        assertThat(line.path()).isEmpty();
        assertThat(text(line.requestHead()) + text(line.tail()))
                .isEqualTo("] \"-\" 400 0 \"-\" \"-\"\n");
        assertThat(line.offset()).isEqualTo(ZoneOffset.ofHours(1));
    }

    @Test
    void read_badLineAmongGood_skipsItAndKeepsTheOthers(@TempDir Path dir) throws IOException {
        Path seed = dir.resolve("seed.log");
        Files.writeString(seed, LINE + "\nnot a log line\n\n" + LINE + "\n");

        SeedLog log = SeedLog.read(seed);

        assertThat(log.lines()).hasSize(2);
        assertThat(log.firstTime()).isEqualTo(Instant.parse("2015-05-20T21:05:15Z"));
    }

    @Test
    void read_noUsableLine_isRejectedNamingFile(@TempDir Path dir) throws IOException {
        Path seed = dir.resolve("seed.log");
        Files.writeString(seed, "1.2.3.4 - - [yesterday] \"GET / HTTP/1.1\" 200 1\n");

        assertThatThrownBy(() -> SeedLog.read(seed))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(seed.toString())
                .hasMessageContaining("no usable combined-format line");
    }

    @Test
    void cut_timestampNotClf_isRejectedQuotingIt() {
        byte[] line = "1.2.3.4 - - [2015-05-17T10:05:03Z] \"GET / HTTP/1.1\" 200 1"
                .getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> SeedLog.cut(line))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'2015-05-17T10:05:03Z'");
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }
}
