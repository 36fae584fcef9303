package dev.needle.traffic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestTest {

    @TempDir
    Path dir;

    static Path sample() {
        try {
            return Path.of(IngestTest.class.getResource("/samples/apache-combined-2000.log")
                    .toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> sampleLines() throws IOException {
        return Files.readAllLines(sample(), StandardCharsets.UTF_8);
    }

    /** Counts of the first space-separated field, computed without Needle's parser. */
    static Map<String, Long> ipCounts(List<String> lines) {
        return lines.stream().map(l -> l.substring(0, l.indexOf(' ')))
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    private DuckDbTrafficService open() {
        return DuckDbTrafficService.open(dir.resolve("data"));
    }

    private static FileReport ingestOne(DuckDbTrafficService traffic, Path file) {
        return traffic.ingest(List.of(file), Optional.empty()).files().get(0);
    }

    private static long total(DuckDbTrafficService traffic) {
        return traffic.summary(TrafficQuery.all()).requests();
    }

    @Test
    void ingest_realLog_topIpsEqualIndependentCount() throws IOException {
        Map<String, Long> expected = ipCounts(sampleLines());
        try (DuckDbTrafficService traffic = open()) {
            FileReport report = ingestOne(traffic, sample());

            assertThat(report.format()).contains(LogFormat.COMBINED);
            assertThat(report.rowsStored()).isEqualTo(2000);
            assertThat(report.linesRejected()).isZero();
            List<TopEntry> top = traffic.top(TrafficField.IP, TrafficQuery.all(), 10);
            assertThat(top).hasSize(10);
            for (TopEntry entry : top) {
                assertThat(entry.count()).as(entry.value()).isEqualTo(expected.get(entry.value()));
            }
            long maxCount = expected.values().stream().mapToLong(Long::longValue).max().orElse(0);
            assertThat(top.get(0).count()).isEqualTo(maxCount);
        }
    }

    @Test
    void ingest_sameFileTwice_storesNothingTwice() {
        try (DuckDbTrafficService traffic = open()) {
            ingestOne(traffic, sample());
            FileReport again = ingestOne(traffic, sample());

            assertThat(again.rowsStored()).isZero();
            assertThat(again.linesAlreadyIngested()).isEqualTo(2000);
            assertThat(total(traffic)).isEqualTo(2000);
        }
    }

    @Test
    void ingest_grownFile_readsOnlyTheNewLines() throws IOException {
        List<String> lines = sampleLines();
        Path log = dir.resolve("access.log");
        Files.write(log, lines.subList(0, 1200));
        try (DuckDbTrafficService traffic = open()) {
            assertThat(ingestOne(traffic, log).rowsStored()).isEqualTo(1200);
            Files.write(log, lines.subList(1200, 2000), StandardOpenOption.APPEND);

            FileReport grown = ingestOne(traffic, log);

            assertThat(grown.rowsStored()).isEqualTo(800);
            assertThat(grown.linesAlreadyIngested()).isEqualTo(1200);
            assertThat(traffic.top(TrafficField.IP, TrafficQuery.all(), 1).get(0).count())
                    .isEqualTo(ipCounts(lines).values().stream().mapToLong(x -> x).max()
                            .orElseThrow());
        }
    }

    @Test
    void ingest_renamedCopy_isRecognisedByContent() throws IOException {
        Path copy = dir.resolve("rotated.log.1");
        Files.copy(sample(), copy);
        try (DuckDbTrafficService traffic = open()) {
            ingestOne(traffic, sample());

            assertThat(ingestOne(traffic, copy).rowsStored()).isZero();
        }
    }

    @Test
    void ingest_gzip_isReadAndResumed() throws IOException {
        Path gz = dir.resolve("access.log.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            Files.copy(sample(), out);
        }
        try (DuckDbTrafficService traffic = open()) {
            assertThat(ingestOne(traffic, gz).rowsStored()).isEqualTo(2000);
            assertThat(ingestOne(traffic, gz).rowsStored()).isZero();
        }
    }

    @Test
    void ingest_truncatedGzip_keepsLinesBeforeTheCutAndSaysWhere() throws IOException {
        byte[] whole;
        try (var bytes = new java.io.ByteArrayOutputStream();
                OutputStream out = new GZIPOutputStream(bytes)) {
            Files.copy(sample(), out);
            out.close();
            whole = bytes.toByteArray();
        }
        Path gz = dir.resolve("cut.log.gz");
        Files.write(gz, Arrays.copyOf(whole, whole.length / 2));
        try (DuckDbTrafficService traffic = open()) {
            FileReport report = ingestOne(traffic, gz);

            assertThat(report.error()).hasValueSatisfying(error -> assertThat(error)
                    .startsWith("reading stopped after line " + report.linesRead() + ":")
                    .contains("the lines before it are stored"));
            assertThat(report.rowsStored()).isBetween(100L, 1999L);
            assertThat(total(traffic)).isEqualTo(report.rowsStored());
        }
    }

    @Test
    void ingest_emptyAndMissingFiles_sayWhyAndLoseNothingStored() throws IOException {
        Path empty = Files.createFile(dir.resolve("empty.log"));
        try (DuckDbTrafficService traffic = open()) {
            ingestOne(traffic, sample());

            IngestReport report = traffic.ingest(List.of(empty, dir.resolve("gone.log")),
                    Optional.empty());

            assertThat(report.files().get(0).error()).contains(
                    "the file is empty: nothing to read");
            assertThat(report.files().get(1).error()).contains("no such file");
            assertThat(total(traffic)).isEqualTo(2000);
        }
    }

    @Test
    void ingest_binaryFile_isRejectedWholeWithCount() throws IOException {
        byte[] noise = new byte[200_000];
        new SplittableRandom(7).nextBytes(noise);
        Path binary = Files.write(dir.resolve("image.png"), noise);
        try (DuckDbTrafficService traffic = open()) {
            ingestOne(traffic, sample());

            FileReport report = ingestOne(traffic, binary);

            assertThat(report.format()).isEmpty();
            assertThat(report.rowsStored()).isZero();
            assertThat(report.linesRejected()).isPositive();
            assertThat(report.error()).hasValueSatisfying(error -> assertThat(error)
                    .startsWith("not a recognised access log").contains("--format"));
            assertThat(total(traffic)).isEqualTo(2000);
        }
    }

    @Test
    void ingest_megabyteLineAndInvalidUtf8_rejectOneAndRepairOther() throws IOException {
        List<String> lines = sampleLines().subList(0, 30);
        Path log = dir.resolve("mixed.log");
        try (OutputStream out = Files.newOutputStream(log)) {
            for (int i = 0; i < lines.size(); i++) {
                if (i == 20) {
                    out.write("x".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII));
                    out.write('\n');
                }
                String line = lines.get(i);
                if (i == 25) {
                    line = line.replace("\"GET /", "\"GET /caf\u00e9");
                    out.write(line.getBytes(StandardCharsets.ISO_8859_1));
                } else {
                    out.write(line.getBytes(StandardCharsets.UTF_8));
                }
                out.write('\n');
            }
        }
        try (DuckDbTrafficService traffic = open()) {
            FileReport report = ingestOne(traffic, log);

            assertThat(report.rowsStored()).isEqualTo(30);
            assertThat(report.firstRejections()).containsExactly(new Rejection(log.toString(), 21,
                    "line is longer than 65536 bytes"));
            assertThat(report.notes()).containsExactly("1 lines held bytes that are not UTF-8;"
                    + " they are stored with U+FFFD in their place");
            assertThat(traffic.top(TrafficField.PATH, TrafficQuery.where("path ~ \"^/caf\""), 5))
                    .extracting(TopEntry::value).allMatch(p -> p.startsWith("/caf\ufffd"));
        }
    }

    @Test
    void ingest_cloudflareJsonWithWrongTypes_rejectsOnlyThoseLines() throws IOException {
        Path log = dir.resolve("cf.jsonl");
        Files.writeString(log, String.join("\n",
                "{\"ClientIP\":\"198.51.100.7\",\"ClientRequestHost\":\"a.example\","
                        + "\"ClientRequestMethod\":\"GET\",\"ClientRequestURI\":\"/\","
                        + "\"EdgeResponseStatus\":200,"
                        + "\"EdgeStartTimestamp\":\"2024-03-01T12:00:00Z\","
                        + "\"ClientCountry\":\"fr\",\"ClientASN\":64501}",
                "{\"ClientIP\":\"198.51.100.8\",\"EdgeResponseStatus\":\"two hundred\","
                        + "\"EdgeStartTimestamp\":1709294400}",
                "{\"ClientIP\":\"198.51.100.9\",\"EdgeResponseStatus\":404,"
                        + "\"EdgeStartTimestamp\":1709294400000000000,"
                        + "\"ClientRequestURI\":\"/admin\"}",
                ""));;
        try (DuckDbTrafficService traffic = open()) {
            FileReport report = ingestOne(traffic, log);

            assertThat(report.format()).contains(LogFormat.CLOUDFLARE_JSON);
            assertThat(report.rowsStored()).isEqualTo(2);
            assertThat(report.firstRejections()).containsExactly(new Rejection(log.toString(), 2,
                    "field EdgeResponseStatus: expected a number, got \"two hundred\""));
            assertThat(traffic.top(TrafficField.COUNTRY, TrafficQuery.all(), 5))
                    .contains(new TopEntry("FR", 1));
            assertThat(traffic.top(TrafficField.HOST, TrafficQuery.where("status = 200"), 5))
                    .containsExactly(new TopEntry("a.example", 1));
        }
    }

    @Test
    void ingest_incompleteLastLine_waitsForTheRest() throws IOException {
        List<String> lines = sampleLines();
        Path log = dir.resolve("live.log");
        String last = lines.get(10);
        Files.writeString(log, String.join("\n", lines.subList(0, 10)) + "\n"
                + last.substring(0, 40));
        try (DuckDbTrafficService traffic = open()) {
            FileReport first = ingestOne(traffic, log);
            assertThat(first.rowsStored()).isEqualTo(10);
            assertThat(first.notes()).singleElement().asString().contains("line 11 is incomplete");

            Files.writeString(log, last.substring(40) + "\n", StandardOpenOption.APPEND);
            FileReport second = ingestOne(traffic, log);

            assertThat(second.rowsStored()).isEqualTo(1);
            assertThat(second.linesRejected()).isZero();
            assertThat(total(traffic)).isEqualTo(11);
        }
    }

    @Test
    void ingest_fileDeletedWhileBeingRead_storesWhatWasReadAndStaysUsable() throws Exception {
        List<String> lines = sampleLines();
        Path fifo = dir.resolve("vanishing.log");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        try (DuckDbTrafficService traffic = open()) {
            var ingest = java.util.concurrent.CompletableFuture.supplyAsync(
                    () -> ingestOne(traffic, fifo));
            try (OutputStream out = Files.newOutputStream(fifo)) {
                for (String line : lines.subList(0, 1500)) {
                    out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
                }
                out.flush();
                Files.delete(fifo);
            }

            FileReport report = ingest.get(60, java.util.concurrent.TimeUnit.SECONDS);

            assertThat(Files.exists(fifo)).isFalse();
            assertThat(report.rowsStored()).isEqualTo(1500);
            assertThat(report.error()).isEmpty();
            assertThat(total(traffic)).isEqualTo(1500);
        }
    }

    @Test
    void ingest_fileReplacedByShorterOne_isNotReadAgain() throws IOException {
        List<String> lines = sampleLines();
        Path log = dir.resolve("access.log");
        Files.write(log, lines);
        try (DuckDbTrafficService traffic = open()) {
            ingestOne(traffic, log);
            Files.write(log, lines.subList(0, 1000));

            FileReport report = ingestOne(traffic, log);

            assertThat(report.rowsStored()).isZero();
            assertThat(report.error()).hasValueSatisfying(e -> assertThat(e)
                    .contains("shorter than the").contains("not read again"));
            assertThat(total(traffic)).isEqualTo(2000);
        }
    }
}
