package dev.needle.traffic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Findings on small logs built in the test, where the right answer is known by construction.
 * Addresses are from the documentation ranges, so no country or ASN is known for them.
 */
class FindingsOnSyntheticTrafficTest {

    private static final Instant START = Instant.parse("2024-03-01T00:00:00Z");
    private static final Instant BURST = Instant.parse("2024-03-02T14:00:00Z");
    private static final List<String> STEADY_PATHS = List.of("/a", "/b", "/c");

    @TempDir
    Path dir;

    @Test
    void findings_twentyFoldBurstOnOnePath_reportsRequestSpikeForThatPathAndHour()
            throws IOException {
        CombinedLog log = steadyTraffic(Duration.ofDays(3));
        burst(log, "/c");

        List<Finding> findings = findings(log, TrafficQuery.all());

        assertThat(findings)
                .filteredOn(f -> f.subjectField().equals("path"))
                .filteredOn(f -> f.kind() == FindingKind.REQUEST_SPIKE
                        || f.kind() == FindingKind.ERROR_SPIKE)
                .singleElement()
                .satisfies(spike -> {
                    assertThat(spike.kind()).isEqualTo(FindingKind.REQUEST_SPIKE);
                    assertThat(spike.subject()).isEqualTo("/c");
                    assertThat(spike.windowStart()).isEqualTo(BURST);
                    assertThat(spike.windowEnd()).isEqualTo(BURST.plus(Duration.ofHours(1)));
                    assertThat(spike.metrics())
                            .containsEntry("requests", 252.0)
                            .containsEntry("baseline", 12.0)
                            .containsEntry("ratio", 21.0)
                            .containsEntry("bucket_seconds", 3600.0);
                    assertThat(spike.severity()).isEqualTo(Severity.HIGH);
                    assertThat(spike.contributors()).hasSize(5).first()
                            .isEqualTo(new Finding.Contributor("ip", "203.0.113.10", 60));
                    assertThat(spike.contributors().subList(0, 4))
                            .extracting(Finding.Contributor::value)
                            .containsExactly("203.0.113.10", "203.0.113.11", "203.0.113.12",
                                    "203.0.113.13");
                });
    }

    @Test
    void findings_untilBeforeTheBurst_reportsNoSpike() throws IOException {
        CombinedLog log = steadyTraffic(Duration.ofDays(3));
        burst(log, "/c");

        List<Finding> findings = findings(log, TrafficQuery.all().between(START, BURST));

        assertThat(findings).isEmpty();
    }

    @Test
    void findings_steadyTrafficOnly_reportsNothing() throws IOException {
        List<Finding> findings = findings(steadyTraffic(Duration.ofDays(3)), TrafficQuery.all());

        assertThat(findings).isEmpty();
    }

    @Test
    void findings_oneAddressMissingFortyPaths_reportsScanningWithTheProbedPaths()
            throws IOException {
        CombinedLog log = steadyTraffic(Duration.ofDays(1));
        Instant at = BURST.minus(Duration.ofDays(1));
        for (int i = 0; i < 40; i++) {
            log.add("192.0.2.66", at.plusSeconds(i), "GET", "/probe/" + i, 404);
        }
        log.add("192.0.2.66", at.plusSeconds(50), "GET", "/probe/7", 404);
        log.add("192.0.2.66", at.plusSeconds(51), "GET", "/probe/7", 404);

        List<Finding> findings = findings(log, TrafficQuery.all());

        assertThat(findings).filteredOn(f -> f.kind() == FindingKind.SCANNING)
                .singleElement()
                .satisfies(scan -> {
                    assertThat(scan.subjectField()).isEqualTo("ip");
                    assertThat(scan.subject()).isEqualTo("192.0.2.66");
                    assertThat(scan.severity()).isEqualTo(Severity.LOW);
                    assertThat(scan.metrics())
                            .containsEntry("distinct_paths", 40.0)
                            .containsEntry("not_found", 42.0)
                            .containsEntry("not_found_share", 1.0);
                    assertThat(scan.windowStart()).isEqualTo(at);
                    assertThat(scan.windowEnd()).isEqualTo(at.plusSeconds(52));
                    assertThat(scan.contributors())
                            .extracting(Finding.Contributor::field, Finding.Contributor::value,
                                    Finding.Contributor::count)
                            .containsExactly(tuple("path", "/probe/7", 3L),
                                    tuple("path", "/probe/0", 1L), tuple("path", "/probe/1", 1L),
                                    tuple("path", "/probe/10", 1L),
                                    tuple("path", "/probe/11", 1L));
                });
    }

    @Test
    void findings_oneAddressPostingLoginThreeHundredTimes_reportsCriticalBruteForce()
            throws IOException {
        CombinedLog log = steadyTraffic(Duration.ofDays(1));
        Instant at = BURST.minus(Duration.ofDays(1));
        for (int i = 0; i < 300; i++) {
            log.add("192.0.2.99", at.plusSeconds(10L * i), "POST", "/wp-login.php", 200);
        }
        log.add("192.0.2.99", at.plusSeconds(3000), "GET", "/wp-login.php", 200);

        List<Finding> findings = findings(log, TrafficQuery.all());

        assertThat(findings).filteredOn(f -> f.kind() == FindingKind.BRUTE_FORCE)
                .singleElement()
                .satisfies(brute -> {
                    assertThat(brute.subject()).isEqualTo("/wp-login.php");
                    assertThat(brute.severity()).isEqualTo(Severity.CRITICAL);
                    assertThat(brute.metrics())
                            .containsEntry("requests", 301.0)
                            .containsEntry("posts", 300.0)
                            .containsEntry("attempts", 300.0)
                            .containsEntry("distinct_ips", 1.0)
                            .containsEntry("focused_share", 1.0);
                    assertThat(brute.contributors())
                            .containsExactly(new Finding.Contributor("ip", "192.0.2.99", 300));
                    assertThat(brute.windowStart()).isEqualTo(at);
                    assertThat(brute.windowEnd()).isEqualTo(at.plusSeconds(2991));
                });
    }

    @Test
    void findings_peopleLoggingInOnceEachAndBrowsing_reportsNoBruteForce() throws IOException {
        CombinedLog log = steadyTraffic(Duration.ofDays(1));
        Instant at = BURST.minus(Duration.ofDays(1));
        for (int person = 0; person < 40; person++) {
            String ip = "192.0.2." + (100 + person);
            log.get(ip, at.plusSeconds(60L * person), "/login");
            log.add(ip, at.plusSeconds(60L * person + 5), "POST", "/login", 302);
            for (int page = 0; page < 10; page++) {
                log.get(ip, at.plusSeconds(60L * person + 10 + page), "/account/" + page);
            }
        }

        List<Finding> findings = findings(log, TrafficQuery.all());

        assertThat(findings).noneMatch(f -> f.kind() == FindingKind.BRUTE_FORCE);
    }

    /** Twelve requests an hour on each steady path, spread over 24 addresses. */
    private static CombinedLog steadyTraffic(Duration span) {
        CombinedLog log = new CombinedLog();
        long hours = span.toHours();
        for (int hour = 0; hour < hours; hour++) {
            Instant hourStart = START.plus(Duration.ofHours(hour));
            for (int p = 0; p < STEADY_PATHS.size(); p++) {
                for (int k = 0; k < 12; k++) {
                    String ip = "198.51.100." + (1 + (hour * 36 + p * 12 + k) % 24);
                    log.get(ip, hourStart.plus(Duration.ofMinutes(5L * k + p)),
                            STEADY_PATHS.get(p));
                }
            }
        }
        return log;
    }

    /** 240 more requests on {@code path} in the burst hour, 60 from each of four addresses. */
    private static void burst(CombinedLog log, String path) {
        for (int i = 0; i < 240; i++) {
            log.get("203.0.113." + (10 + i % 4), BURST.plusSeconds(15L * i), path);
        }
    }

    private List<Finding> findings(CombinedLog log, TrafficQuery query) throws IOException {
        Path file = log.writeTo(dir.resolve("access.log"));
        try (DuckDbTrafficService svc = DuckDbTrafficService.open(dir.resolve("data"))) {
            IngestReport report = svc.ingest(List.of(file), Optional.empty());
            assertThat(report.linesRejected()).isZero();
            return svc.findings(query);
        }
    }
}
