package dev.needle.intel.feed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.intel.ImportException;
import dev.needle.intel.ParsedFeed;
import dev.needle.intel.ThreatEvent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class AllSamplesTest {

    @ParameterizedTest
    @MethodSource("sampleFiles")
    void detectAndParse_everySample_importsWithUniqueIdsAndIndicators(Path sample)
            throws ImportException {
        ParsedFeed feed = FeedImporter.detectAndParse(sample, "all");
        Set<Object> ids = new HashSet<>();

        for (ThreatEvent event : feed.events()) {
            assertThat(ids.add(event.id())).as("unique id %s", event.id()).isTrue();
            assertThat(event.indicators()).isNotEmpty();
            assertThat(event.dataset()).isEqualTo("all");
            assertThat(event.headline()).isNotBlank();
        }
        assertThat(feed.events().size() + feed.warnings().size()).isPositive();
    }

    @ParameterizedTest
    @CsvSource({
        "abusech/feodotracker_ipblocklist.csv, FEODO_TRACKER",
        "abusech/sslbl_ja3_fingerprints.csv, SSLBL_JA3",
        "abusech/urlhaus_online_head2000.csv, URLHAUS",
        "abusech/threatfox_recent_iocs.json, THREATFOX",
        "misp/circl-feed-sample, MISP_FEED",
        "misp/circl-feed-sample/5721c2e4-05ec-4af3-9264-411b950d210f.json, MISP_EVENT",
        "misp/eset-events/eset_cloudmensis.misp.json, MISP_EVENT",
        "openioc/fireeye_FIN4_fb0699e2-23a6-40f9-bf96-4514d629eec3.ioc, OPENIOC",
        "stix/oasis_apt1.json, STIX",
        "stix/oasis_infrastructure.json, STIX",
        "stix/unit42_playbook_2024-02-08-Pikabot.json, STIX",
    })
    void detect_sample_namesItsFormat(String relative, FeedFormat format) throws ImportException {
        assertThat(FeedDetector.detect(Samples.path(relative))).isEqualTo(format);
    }

    @ParameterizedTest
    @MethodSource("sampleFiles")
    void parse_sameFileTwice_givesTheSameEventIds(Path sample) throws ImportException {
        List<Object> first = FeedImporter.detectAndParse(sample, "d").events().stream()
                .map(ThreatEvent::id).map(Object.class::cast).toList();
        List<Object> again = FeedImporter.detectAndParse(sample, "d").events().stream()
                .map(ThreatEvent::id).map(Object.class::cast).toList();
        List<Object> otherDataset = FeedImporter.detectAndParse(sample, "other").events()
                .stream().map(ThreatEvent::id).map(Object.class::cast).toList();

        assertThat(again).isEqualTo(first);
        assertThat(otherDataset).hasSameSizeAs(first);
        first.forEach(id -> assertThat(otherDataset).doesNotContain(id));
    }

    static Stream<Path> sampleFiles() throws IOException {
        Path root = Samples.path("");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().equals("README.md"))
                    .filter(p -> !p.getParent().getFileName().toString()
                            .equals("circl-feed-sample"))
                    .sorted().toList();
        }
        return Stream.concat(files.stream(), Stream.of(Samples.path("misp/circl-feed-sample")));
    }
}
