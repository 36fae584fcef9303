package dev.needle.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.needle.app.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrafficCommandsTest {

    @TempDir
    Path dir;

    private Path demoLog(String name) throws IOException {
        Path copy = dir.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("/demo/" + name)) {
            Files.copy(in, copy);
        }
        return copy;
    }

    private String data() {
        return dir.resolve("data").toString();
    }

    /** The first field's counts, the way `awk '{print $1}' | sort | uniq -c | sort -rn` does. */
    private static List<Map<String, Object>> independentTopIps(Path log, int n) throws IOException {
        Map<String, Long> counts = Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                .map(line -> line.substring(0, line.indexOf(' ')))
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(n)
                .map(e -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("ip", e.getKey());
                    row.put("count", e.getValue().intValue());
                    return row;
                }).toList();
    }

    @Test
    void topIpJson_onElasticLog_equalsIndependentCountOfFirstField() throws IOException {
        Path log = demoLog("elastic_examples_apache_logs.log");
        CliRun ingest = CliRun.of("ingest", log.toString(), "--data", data());
        assertThat(ingest.exitCode()).as(ingest.err()).isZero();
        assertThat(ingest.out()).contains("10,000 lines read, 10,000 rows stored, 0 rejected");

        CliRun top = CliRun.of("top", "ip", "-n", "5", "--json", "--data", data());

        assertThat(top.exitCode()).as(top.err()).isZero();
        List<Map<String, Object>> parsed = Json.MAPPER.readValue(top.out(),
                new TypeReference<>() { });
        assertThat(parsed).isEqualTo(independentTopIps(log, 5));
        assertThat(parsed.get(0)).containsEntry("ip", "66.249.73.135").containsEntry("count", 482);
    }

    @Test
    void findings_onHackersLog_reportBruteForceOnJoinAndLoginForms() throws IOException {
        Path log = demoLog("logparser_hackers-access.log");
        assertThat(CliRun.of("ingest", log.toString(), "--data", data()).exitCode()).isZero();

        CliRun findings = CliRun.of("findings", "--json", "--data", data());

        assertThat(findings.exitCode()).as(findings.err()).isZero();
        List<Map<String, Object>> parsed = Json.MAPPER.readValue(findings.out(),
                new TypeReference<>() { });
        List<Map<String, Object>> bruteForce = parsed.stream()
                .filter(f -> "BRUTE_FORCE".equals(f.get("kind"))).toList();
        assertThat(bruteForce).extracting(f -> f.get("subject"))
                .contains("/join_form", "/login_form");
        assertThat(bruteForce).allSatisfy(f -> assertThat((List<?>) f.get("contributors"))
                .first().asString().contains("216.244.81.34"));
    }

    @Test
    void ingest_reingestAndBadFiles_reportWithoutLosingRows() throws IOException {
        Path log = demoLog("elastic_examples_apache_logs.log");
        Path binary = Files.write(dir.resolve("blob.bin"), new byte[] {0, 1, 2, 3, -1, -2, 10});
        CliRun.of("ingest", log.toString(), "--data", data());

        CliRun again = CliRun.of("ingest", log.toString(), binary.toString(),
                dir.resolve("missing.log").toString(), "--data", data());

        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.out()).contains("(10,000 lines were stored before)");
        assertThat(again.err()).contains("blob.bin: not a recognised access log")
                .contains("missing.log: no such file");
        CliRun top = CliRun.of("top", "status", "-n", "1", "--json", "--data", data());
        assertThat(top.out().strip()).isEqualTo("[{\"status\":200,\"count\":9126}]");
    }

    @Test
    void top_badFilterOrField_exitsTwoNamingTheProblem() throws IOException {
        CliRun.of("ingest", demoLog("elastic_examples_apache_logs.log").toString(),
                "--data", data());

        CliRun badField = CliRun.of("top", "colour", "--data", data());
        CliRun badWhere = CliRun.of("top", "ip", "--where", "status >= lots", "--data", data());
        CliRun noData = CliRun.of("top", "ip", "--data", dir.resolve("empty").toString());

        assertThat(badField.exitCode()).isEqualTo(2);
        assertThat(badField.err()).contains("unknown field 'colour'");
        assertThat(badWhere.exitCode()).isEqualTo(2);
        assertThat(badWhere.err()).contains("column").contains("lots");
        assertThat(noData.exitCode()).isEqualTo(2);
        assertThat(noData.err()).contains("no traffic stored in");
    }

    @Test
    void top_withFilterAndTimeRange_countsOnlyMatchingRows() throws IOException {
        Path log = demoLog("elastic_examples_apache_logs.log");
        CliRun.of("ingest", log.toString(), "--data", data());
        long expected = Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                .filter(l -> l.startsWith("66.249.73.135 ") && l.contains("[18/May/2015:"))
                .count();

        CliRun top = CliRun.of("top", "ip", "-n", "1", "--json", "--where",
                "ip = 66.249.73.135", "--since", "2015-05-18", "--until", "2015-05-19",
                "--data", data());

        assertThat(top.out().strip()).isEqualTo("[{\"ip\":\"66.249.73.135\",\"count\":"
                + expected + "}]");
    }
}
