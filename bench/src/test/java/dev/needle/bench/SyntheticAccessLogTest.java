package dev.needle.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Runs the generator over {@code seed-sample.log}, the first lines of the Elastic example log. */
class SyntheticAccessLogTest {

    private static final Pattern COMBINED = Pattern.compile(
            "^(\\S+) - - \\[([^]]+)] \"(\\S+) (\\S+) (HTTP/[0-9.]+\" .*)$");
    private static final DateTimeFormatter CLF =
            DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ENGLISH);
    private static final int LINES = 20_000;

    private static SeedLog seed;

    @BeforeAll
    static void readSeed() throws IOException, URISyntaxException {
        seed = SeedLog.read(Path.of(Objects.requireNonNull(
                SyntheticAccessLogTest.class.getResource("/seed-sample.log")).toURI()));
    }

    @Test
    void write_sameOptions_givesSameBytes() throws IOException {
        assertThat(generate(options(42))).isEqualTo(generate(options(42)));
    }

    @Test
    void write_otherSeed_givesOtherBytes() throws IOException {
        assertThat(generate(options(42))).isNotEqualTo(generate(options(43)));
    }

    @Test
    void write_anyRun_givesRequestedLinesInTimeOrderOverSpan() throws IOException {
        List<Matcher> lines = parse(generate(options(1)));

        List<Instant> times = lines.stream()
                .map(line -> OffsetDateTime.parse(line.group(2), CLF).toInstant()).toList();
        assertThat(lines).hasSize(LINES);
        assertThat(times).isSorted();
        assertThat(times.getFirst()).isEqualTo(seed.firstTime());
        assertThat(Duration.between(times.getFirst(), times.getLast()))
                .isBetween(Duration.ofDays(30).minusHours(1), Duration.ofDays(30));
        assertThat(lines.getFirst().group(2)).endsWith(" +0000");
    }

    @Test
    void write_eachLine_keepsMethodProtocolStatusBytesRefererAndAgentOfItsSeedLine()
            throws IOException {
        List<Matcher> lines = parse(generate(options(1)));

        for (int i = 0; i < lines.size(); i++) {
            SeedLine source = seed.lines().get(i % seed.lines().size());
            String rest = new String(source.tail(), StandardCharsets.ISO_8859_1).strip();
            assertThat(" " + lines.get(i).group(5)).as("line %d", i + 1).isEqualTo(" " + rest);
            assertThat(lines.get(i).group(3))
                    .isEqualTo(new String(source.requestHead(), StandardCharsets.ISO_8859_1)
                            .substring(3).strip());
        }
    }

    @Test
    void write_clientsAndPaths_mixSeedValuesWithGeneratedOnes() throws IOException {
        List<Matcher> lines = parse(generate(options(1)));
        Set<String> seedIps = seed.lines().stream()
                .map(line -> new String(line.ip(), StandardCharsets.US_ASCII))
                .collect(Collectors.toSet());
        Set<String> seedPaths = seed.lines().stream()
                .map(line -> new String(line.path(), StandardCharsets.US_ASCII))
                .collect(Collectors.toSet());

        long fromSeedIps = lines.stream().filter(line -> seedIps.contains(line.group(1))).count();
        long fromSeedPaths =
                lines.stream().filter(line -> seedPaths.contains(line.group(4))).count();
        assertThat((double) fromSeedIps / LINES).isBetween(0.55, 0.65);
        assertThat((double) fromSeedPaths / LINES).isBetween(0.75, 0.85);
    }

    private static GeneratorOptions options(long randomSeed) {
        return new GeneratorOptions(seed.source(), Path.of("unused.log"), LINES,
                Duration.ofDays(30), randomSeed, 10_000, 1_000);
    }

    private static byte[] generate(GeneratorOptions options) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SyntheticAccessLog(seed, options).write(out);
        return out.toByteArray();
    }

    private static List<Matcher> parse(byte[] log) {
        return new String(log, StandardCharsets.ISO_8859_1).lines().map(line -> {
            Matcher matcher = COMBINED.matcher(line);
            assertThat(matcher.matches()).as(line).isTrue();
            return matcher;
        }).toList();
    }
}
