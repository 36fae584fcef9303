package dev.needle.traffic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills an ingest with SIGKILL between commits and checks that the store is readable, holds
 * exactly the committed chunks, and that the next ingest completes the file without duplicates.
 *
 * <p>The killed process reads from a FIFO: the test writes part of the log and kills the process
 * while it waits for more, so the kill lands mid-file on any machine, however fast.
 */
class IngestCrashTest {

    private static final int CHUNK = 5_000;

    @TempDir
    Path dir;

    @Test
    void kill_duringIngest_leavesCommittedChunksAndNextIngestCompletesWithoutDuplicates()
            throws Exception {
        List<String> lines = manyLines(40_000);
        Path full = dir.resolve("access.log");
        Files.write(full, lines);
        Path fifo = dir.resolve("access.fifo");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        Path data = dir.resolve("data");

        Process child = startIngest(data, fifo);
        int written = 27_500;
        try (OutputStream out = Files.newOutputStream(fifo)) {
            for (String line : lines.subList(0, written)) {
                out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
            }
            out.flush();
            Thread.sleep(1500);
            assertThat(child.isAlive()).as("ingest still waiting for more input").isTrue();
            child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }

        long[] stored = storedAndLedger(data);
        assertThat(stored[0]).as("rows equal the ledger's count").isEqualTo(stored[1]);
        assertThat(stored[0] % CHUNK).as("only whole chunks survive").isZero();
        assertThat(stored[0]).isBetween((long) CHUNK, (long) written);

        try (DuckDbTrafficService traffic = DuckDbTrafficService.open(data)) {
            FileReport resumed = traffic.ingest(List.of(full), Optional.empty()).files().get(0);

            assertThat(resumed.linesAlreadyIngested()).isEqualTo(stored[0]);
            assertThat(resumed.rowsStored()).isEqualTo(lines.size() - stored[0]);
            assertThat(traffic.summary(TrafficQuery.all()).requests()).isEqualTo(lines.size());
            assertThat(traffic.top(TrafficField.IP, TrafficQuery.all(), 1).get(0).count())
                    .isEqualTo(IngestTest.ipCounts(lines).values().stream()
                            .mapToLong(Long::longValue).max().orElseThrow());
        }
    }

    private static List<String> manyLines(int count) throws IOException {
        List<String> sample = IngestTest.sampleLines();
        List<String> lines = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String line = sample.get(i % sample.size());
            lines.add(line.replaceFirst("^\\S+", "10.0." + (i / 250 % 256) + "." + (i % 250)));
        }
        return lines;
    }

    private static Process startIngest(Path data, Path log) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "--enable-native-access=ALL-UNNAMED", "-cp",
                System.getProperty("java.class.path"), IngestProcess.class.getName(),
                data.toString(), log.toString(), String.valueOf(CHUNK))
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8));
        assertThat(out.readLine()).isEqualTo("opened");
        return child;
    }

    /** Rows in requests, and rows the ledger says were stored, read with plain JDBC. */
    private static long[] storedAndLedger(Path data) throws SQLException {
        String url = "jdbc:duckdb:" + data.resolve("traffic.duckdb").toAbsolutePath();
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT (SELECT count(*) FROM requests),"
                        + " (SELECT coalesce(sum(rows_stored), 0) FROM sources)")) {
            rs.next();
            return new long[] {rs.getLong(1), rs.getLong(2)};
        }
    }
}
