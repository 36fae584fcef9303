package dev.needle.intel.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.needle.intel.ImportException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedDetectorTest {

    @TempDir
    Path dir;

    @Test
    void detect_bundleWhoseTypeComesLast_isStix() throws IOException, ImportException {
        Path file = Files.writeString(dir.resolve("b.json"),
                "{\"id\": \"bundle--1\", \"objects\": [], \"type\": \"bundle\"}");

        assertThat(FeedDetector.detect(file)).isEqualTo(FeedFormat.STIX);
    }

    @Test
    void detect_threatFoxApiAnswer_isThreatFox() throws IOException, ImportException {
        Path file = Files.writeString(dir.resolve("t.json"),
                "{\"query_status\": \"ok\", \"data\": []}");

        assertThat(FeedDetector.detect(file)).isEqualTo(FeedFormat.THREATFOX);
    }

    @Test
    void detect_otherJson_isAnErrorSayingWhatWasExpected() throws IOException {
        Path file = Files.writeString(dir.resolve("o.json"), "{\"hello\": 1}");

        assertThatThrownBy(() -> FeedDetector.detect(file)).isInstanceOf(ImportException.class)
                .hasMessageContaining("neither a STIX bundle, a MISP event nor ThreatFox");
    }

    @Test
    void detect_directoryWithoutManifest_isAnError() {
        assertThatThrownBy(() -> FeedDetector.detect(dir)).isInstanceOf(ImportException.class)
                .hasMessageContaining("holds no manifest.json");
    }

    @Test
    void detect_prefixedOpenIocRoot_isOpenIoc() throws IOException, ImportException {
        Path file = Files.writeString(dir.resolve("x.xml"),
                "<?xml version=\"1.0\"?>\n<ioc:ioc xmlns:ioc=\"http://schemas.mandiant.com/"
                        + "2010/ioc\" id=\"x\"/>");

        assertThat(FeedDetector.detect(file)).isEqualTo(FeedFormat.OPENIOC);
    }

    @Test
    void parse_formatLabels_roundTrip() {
        for (FeedFormat format : FeedFormat.values()) {
            assertThat(FeedFormat.parse(format.label())).isEqualTo(format);
        }
        assertThatThrownBy(() -> FeedFormat.parse("stix1")).hasMessageContaining("'stix1'");
    }
}
