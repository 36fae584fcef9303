package dev.needle.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PathVariantsTest {

    @ParameterizedTest
    @CsvSource({
        "/blog/tags/puppet?flav=rss20, /blog/tags/puppet/4711?flav=rss20",
        "/blog/tags/puppet, /blog/tags/puppet/4711",
        "/, /4711",
        "/articles/, /articles/4711",
        "/favicon.ico, /favicon.ico?id=4711",
        "/doc/index.html?org/x.html, /doc/index.html?org/x.html&id=4711",
        "/v1.2/items, /v1.2/items/4711"
    })
    void append_seedPath_addsIdAsSegmentOrParameter(String path, String expected) {
        LineBuffer line = new LineBuffer();

        PathVariants.append(line, path.getBytes(StandardCharsets.US_ASCII), 4711);

        assertThat(new String(line.toByteArray(), StandardCharsets.US_ASCII)).isEqualTo(expected);
    }

    @Test
    void append_emptyPath_addsNothing() {
        LineBuffer line = new LineBuffer();

        PathVariants.append(line, new byte[0], 4711);

        assertThat(line.toByteArray()).isEmpty();
    }
}
