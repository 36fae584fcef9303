package dev.needle.intel.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.needle.core.indicator.IndicatorType;
import dev.needle.intel.ImportException;
import dev.needle.intel.KillChainStage;
import dev.needle.intel.ParsedFeed;
import dev.needle.intel.ThreatEvent;
import dev.needle.intel.Tlp;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvImporterTest {

    private static final String TABLE = """
            # exported from a partner's sheet
            indicator;kind;seen;actor;tags;ref
            hxxp://evil[.]example/login;url;2024-05-01;Cozy Bear;phishing,credential;R-1
            203.0.113.7;ip;2024-05-02T10:00:00Z;APT 29;c2;R-2
            evil.example;hostname;2024-05-03;;;R-3
            not-a-hash;sha256;2024-05-04;;;R-4
            198.51.100.9;carrier-pigeon;2024-05-05;;;R-5
            """;

    @TempDir
    Path dir;

    @Test
    void parse_typeColumnMapping_readsEveryMappedField() throws IOException, ImportException {
        Path file = Files.writeString(dir.resolve("partner.csv"), TABLE);
        CsvMapping mapping = CsvMapping.withTypeColumn("indicator", "kind").withDate("seen")
                .withAttacker("actor").withTags("tags").withId("ref").withDelimiter(';')
                .withTlp(Tlp.GREEN).withStage(KillChainStage.DELIVERY);

        ParsedFeed feed = FeedImporter.csv(mapping).parse(file, "partner");

        assertThat(feed.events()).extracting(e -> e.indicators().getFirst().toString())
                .containsExactly("url:http://evil.example/login", "ipv4:203.0.113.7",
                        "domain:evil.example");
        ThreatEvent first = feed.events().getFirst();
        assertThat(first.attacker()).isEqualTo("APT29");
        assertThat(first.tags()).containsExactly("phishing", "credential");
        assertThat(first.tlp()).isEqualTo(Tlp.GREEN);
        assertThat(first.killChainStage()).contains(KillChainStage.DELIVERY);
        assertThat(first.date()).isEqualTo(Instant.parse("2024-05-01T00:00:00Z"));
        assertThat(feed.warnings()).extracting(w -> w.place() + ": " + w.message())
                .containsExactly(
                        file + ":6 indicator: 'not-a-hash' is not a valid sha256: it holds"
                                + " characters other than hex digits; row skipped",
                        file + ":7 kind: unknown indicator type 'carrier-pigeon'; expected one"
                                + " of ipv4, ipv6, cidr, domain, url, md5, sha1, sha256, ja3,"
                                + " ja4, asn, email; row skipped");
    }

    @Test
    void parse_mappedColumnMissing_namesTheColumnAndTheFile() throws IOException {
        Path file = Files.writeString(dir.resolve("partner.csv"), TABLE);
        CsvMapping mapping = CsvMapping.of("indicator", IndicatorType.URL).withDelimiter(';')
                .withDate("first_seen");

        assertThatThrownBy(() -> FeedImporter.csv(mapping).parse(file, "p"))
                .isInstanceOf(ImportException.class)
                .hasMessage(file + ":2: column 'first_seen' is missing; the header has"
                        + " indicator, kind, seen, actor, tags, ref");
    }

    @Test
    void parse_detectingMapping_guessesEachType() throws IOException, ImportException {
        Path file = Files.writeString(dir.resolve("plain.csv"), """
                value,when
                f34888e54bb3f7a95fc262cec94afe84,2024-01-01
                AS64500,2024-01-01
                phish[at]evil[.]example,2024-01-01
                just words,2024-01-01
                f34888e54bb3f7a95fc262cec94afe84,2024-01-01
                """);

        ParsedFeed feed = FeedImporter.csv(CsvMapping.detecting("value").withDate("when"))
                .parse(file, "p");

        assertThat(Samples.indicators(feed)).extracting(Object::toString).containsExactly(
                "md5:f34888e54bb3f7a95fc262cec94afe84", "asn:64500", "email:phish@evil.example");
        assertThat(feed.warnings()).extracting(w -> w.message())
                .anySatisfy(m -> assertThat(m).contains("'just words' is not an indicator"))
                .anySatisfy(m -> assertThat(m).contains("repeats an earlier one"));
    }

    @Test
    void parse_badDate_isAnErrorAtItsLine() throws IOException {
        Path file = Files.writeString(dir.resolve("d.csv"), "ip,day\n192.0.2.1,someday\n");

        assertThatThrownBy(() -> FeedImporter.csv(CsvMapping.of("ip", IndicatorType.IPV4)
                .withDate("day")).parse(file, "p"))
                .isInstanceOf(ImportException.class)
                .hasMessageStartingWith(file + ":2: day 'someday' is not a date");
    }

    @Test
    void mapping_typeAndTypeColumnTogether_isRejected() {
        assertThatThrownBy(() -> new CsvMapping("v", Optional.of(IndicatorType.MD5),
                Optional.of("kind"), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), ',',
                Tlp.AMBER, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("either a type (md5) or a type column ('kind')");
    }

    @Test
    void detectAndParse_unknownCsv_asksForAMapping() throws IOException {
        Path file = Files.writeString(dir.resolve("plain.csv"), "value\n192.0.2.1\n");

        assertThatThrownBy(() -> FeedImporter.detectAndParse(file, "p"))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("column mapping");
    }
}
