package dev.needle.traffic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Findings on the two real logs in {@code src/test/resources/logs} (see the README there). The
 * expected numbers are counted from the files with plain string handling, not with Needle's
 * parser, so that a parser and a detector cannot agree on the same mistake.
 */
class FindingsOnRealLogsTest {

    private static final String HACKERS = "logparser_hackers-access.log";
    private static final String ELASTIC = "elastic_examples_apache_logs.log";

    @TempDir
    Path dir;

    @Test
    void findings_hackersLog_reportsBruteForceOnJoinFormWithItsTopSources() throws IOException {
        assertBruteForceMatchesIndependentCount(HACKERS, "/join_form");
    }

    @Test
    void findings_hackersLog_reportsBruteForceOnLoginFormWithItsTopSources() throws IOException {
        assertBruteForceMatchesIndependentCount(HACKERS, "/login_form");
    }

    @Test
    void findings_hackersLog_ratesTheFormCampaignsHigh() throws IOException {
        List<Finding> findings = findingsOf(HACKERS);

        assertThat(findings)
                .filteredOn(f -> f.kind() == FindingKind.BRUTE_FORCE)
                .extracting(Finding::subject, Finding::severity)
                .contains(tuple("/join_form", Severity.HIGH), tuple("/login_form", Severity.HIGH));
        assertThat(findings.getFirst().kind()).isEqualTo(FindingKind.BRUTE_FORCE);
    }

    @Test
    void findings_normalSiteWithWpLoginProbes_raisesNoHighBruteForce() throws IOException {
        List<LogLine> lines = read(ELASTIC);
        assertThat(lines).filteredOn(l -> l.path().equals("/wp-login.php")).hasSize(12)
                .allSatisfy(l -> assertThat(l.status()).isEqualTo(404));

        List<Finding> findings = findingsOf(ELASTIC);

        assertThat(findings)
                .filteredOn(f -> f.kind() == FindingKind.BRUTE_FORCE)
                .noneMatch(f -> f.severity().compareTo(Severity.HIGH) >= 0)
                .noneMatch(f -> f.subject().equals("/wp-login.php"));
    }

    private void assertBruteForceMatchesIndependentCount(String log, String path)
            throws IOException {
        List<LogLine> attempts = read(log).stream()
                .filter(l -> l.path().equals(path))
                .filter(l -> l.method().equals("POST") || l.status() == 401 || l.status() == 403)
                .toList();
        Map<String, Long> byIp = new HashMap<>();
        attempts.forEach(l -> byIp.merge(l.ip(), 1L, Long::sum));
        List<Tuple> topFive = byIp.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(5)
                .map(e -> tuple("ip", e.getKey(), e.getValue()))
                .toList();
        Instant first = attempts.stream().map(LogLine::time).min(Comparator.naturalOrder())
                .orElseThrow();
        Instant last = attempts.stream().map(LogLine::time).max(Comparator.naturalOrder())
                .orElseThrow();

        List<Finding> findings = findingsOf(log);

        Finding finding = findings.stream()
                .filter(f -> f.kind() == FindingKind.BRUTE_FORCE && f.subject().equals(path))
                .findFirst().orElseThrow(() -> new AssertionError("no brute force on " + path
                        + " in " + findings));
        assertThat(finding.subjectField()).isEqualTo("path");
        assertThat(finding.contributors())
                .extracting(Finding.Contributor::field, Finding.Contributor::value,
                        Finding.Contributor::count)
                .containsExactlyElementsOf(topFive);
        assertThat(finding.metrics())
                .containsEntry("attempts", (double) attempts.size())
                .containsEntry("distinct_ips", (double) byIp.size());
        assertThat(finding.windowStart()).isEqualTo(first);
        assertThat(finding.windowEnd()).isEqualTo(last.plusSeconds(1));
        assertThat(finding.summary()).contains(path).doesNotContain("\n");
    }

    private List<Finding> findingsOf(String log) throws IOException {
        Path copy = dir.resolve(log);
        try (InputStream in = resource(log)) {
            Files.copy(in, copy);
        }
        try (DuckDbTrafficService svc = DuckDbTrafficService.open(dir.resolve("data"))) {
            IngestReport report = svc.ingest(List.of(copy), Optional.empty());
            assertThat(report.linesRejected()).isZero();
            return svc.findings(TrafficQuery.all());
        }
    }

    /** One line of a combined log, split by hand. */
    record LogLine(String ip, Instant time, String method, String path, int status) {
    }

    private static final DateTimeFormatter CLF_TIME =
            DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ROOT);

    private static List<LogLine> read(String log) throws IOException {
        List<LogLine> lines = new ArrayList<>();
        try (InputStream in = resource(log)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (String line : text.split("\n")) {
                lines.add(split(line));
            }
        }
        return lines;
    }

    private static LogLine split(String line) {
        String ip = line.substring(0, line.indexOf(' '));
        String time = line.substring(line.indexOf('[') + 1, line.indexOf(']'));
        int open = line.indexOf('"');
        int close = line.indexOf("\" ", open + 1);
        String[] request = line.substring(open + 1, close).split(" ");
        String target = request.length > 1 ? request[1] : request[0];
        int query = target.indexOf('?');
        String path = query < 0 ? target : target.substring(0, query);
        String rest = line.substring(close + 2);
        int status = Integer.parseInt(rest.substring(0, rest.indexOf(' ')));
        return new LogLine(ip, OffsetDateTime.parse(time, CLF_TIME).toInstant(), request[0],
                path, status);
    }

    private static InputStream resource(String log) {
        InputStream in = FindingsOnRealLogsTest.class.getResourceAsStream("/logs/" + log);
        if (in == null) {
            throw new IllegalStateException("test resource /logs/" + log + " is missing");
        }
        return in;
    }
}
