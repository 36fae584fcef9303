package dev.needle.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.needle.app.http.testing.ReferenceLog;
import dev.needle.app.http.testing.ReferenceLog.Count;
import dev.needle.app.http.testing.ReferenceLog.Request;
import dev.needle.app.http.testing.RunningNeedle;
import dev.needle.traffic.TrafficQuery;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The traffic API over real HTTP against a DuckDB store that ingested the Elastic sample log;
 * expected values are counted from the file by {@link ReferenceLog}.
 */
class TrafficApiTest {

    @TempDir
    static Path dataDir;

    private static ReferenceLog log;
    private static RunningNeedle needle;

    @BeforeAll
    static void start() {
        log = ReferenceLog.resource("elastic_examples_apache_logs.log");
        needle = RunningNeedle.start(dataDir, List.of(log));
    }

    @AfterAll
    static void stop() {
        needle.close();
    }

    @Test
    void top_ip_firstEntryIsGooglebotAddressWith482() {
        HttpResponse<String> response = needle.get("/api/v1/traffic/top?field=ip&n=1");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).get().asString()
                .startsWith("application/json");
        assertThat(response.body()).isEqualTo("[{\"ip\":\"66.249.73.135\",\"count\":482}]");
    }

    @Test
    void top_ipTwenty_matchesCountsFromFile() {
        JsonNode top = RunningNeedle.json(needle.get("/api/v1/traffic/top?field=ip&n=20"));

        assertThat(entries(top, "ip"))
                .isEqualTo(ReferenceLog.top(log.requests(), Request::ip, 20));
    }

    @Test
    void top_defaultField_isIpWithTenEntries() {
        JsonNode top = RunningNeedle.json(needle.get("/api/v1/traffic/top"));

        assertThat(entries(top, "ip"))
                .isEqualTo(ReferenceLog.top(log.requests(), Request::ip, 10));
    }

    @Test
    void top_path_matchesCountsFromFile() {
        JsonNode top = RunningNeedle.json(needle.get("/api/v1/traffic/top?field=path&n=15"));

        assertThat(entries(top, "path"))
                .isEqualTo(ReferenceLog.top(log.requests(), Request::path, 15));
    }

    @Test
    void top_status_valuesAreJsonNumbersWithFileCounts() {
        JsonNode top = RunningNeedle.json(needle.get("/api/v1/traffic/top?field=status&n=50"));

        assertThat(top.get(0).get("status").isIntegralNumber()).isTrue();
        assertThat(entries(top, "status")).isEqualTo(
                ReferenceLog.top(log.requests(), r -> Integer.toString(r.status()), 50));
    }

    @Test
    void top_ua_matchesCountsFromFile() {
        JsonNode top = RunningNeedle.json(needle.get("/api/v1/traffic/top?field=ua&n=5"));

        assertThat(entries(top, "ua"))
                .isEqualTo(ReferenceLog.top(log.requests(), Request::ua, 5));
    }

    @Test
    void top_whereIp_listsThatAddressesPaths() {
        String where = q("ip = \"66.249.73.135\"");

        HttpResponse<String> response =
                needle.get("/api/v1/traffic/top?field=path&n=10&where=" + where);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode top = RunningNeedle.json(response);

        List<Request> googlebot = log.where(r -> r.ip().equals("66.249.73.135"));
        assertThat(entries(top, "path"))
                .isEqualTo(ReferenceLog.top(googlebot, Request::path, 10));
        assertThat(top.get(0).get("path").asText()).isEqualTo("/");
        assertThat(top.get(0).get("count").asLong()).isEqualTo(91);
    }

    @Test
    void summary_all_matchesFile() {
        JsonNode summary = RunningNeedle.json(needle.get("/api/v1/traffic/summary"));

        List<Request> all = log.requests();
        assertThat(summary.get("requests").asLong()).isEqualTo(all.size());
        assertThat(summary.get("distinctIps").asLong())
                .isEqualTo(all.stream().map(Request::ip).distinct().count());
        assertThat(summary.get("errors").asLong())
                .isEqualTo(all.stream().filter(r -> r.status() >= 400).count());
        assertThat(Instant.parse(summary.get("first").asText()))
                .isEqualTo(all.stream().map(Request::time).min(Comparator.naturalOrder()).get());
        assertThat(Instant.parse(summary.get("last").asText()))
                .isEqualTo(all.stream().map(Request::time).max(Comparator.naturalOrder()).get());
    }

    @Test
    void summary_sinceUntil_countsOnlyThatWindowWithUntilExclusive() {
        Instant since = Instant.parse("2015-05-18T00:00:00Z");
        Instant until = Instant.parse("2015-05-18T12:00:00Z");

        JsonNode summary = RunningNeedle.json(needle.get("/api/v1/traffic/summary?since="
                + since + "&until=" + q("2015-05-18T14:00:00+02:00")));

        long expected = log.where(r -> !r.time().isBefore(since) && r.time().isBefore(until))
                .size();
        assertThat(expected).isGreaterThan(1000);
        assertThat(summary.get("requests").asLong()).isEqualTo(expected);
    }

    @Test
    void summary_windowWithNoRequests_hasZeroCountsAndNullTimes() {
        JsonNode summary = RunningNeedle.json(
                needle.get("/api/v1/traffic/summary?since=2030-01-01T00:00:00Z"));

        assertThat(summary.get("requests").asLong()).isZero();
        assertThat(summary.get("distinctIps").asLong()).isZero();
        assertThat(summary.get("first").isNull()).isTrue();
        assertThat(summary.get("last").isNull()).isTrue();
    }

    @Test
    void series_hourly_oneTotalSeriesWithFileCountsPerHour() {
        JsonNode body = RunningNeedle.json(needle.get("/api/v1/traffic/series?bucket=1h"));

        assertThat(body.get("bucket").asText()).isEqualTo("1h");
        assertThat(body.get("series")).hasSize(1);
        JsonNode total = body.get("series").get(0);
        assertThat(total.get("key").asText()).isEqualTo("total");
        assertThat(points(total)).isEqualTo(perHour(log.requests()));
    }

    @Test
    void series_splitByStatus_seriesOfTopStatusesWithTheirHourlyCounts() {
        JsonNode body = RunningNeedle.json(
                needle.get("/api/v1/traffic/series?bucket=1h&split=status&n=3"));

        List<Count> topStatuses =
                ReferenceLog.top(log.requests(), r -> Integer.toString(r.status()), 3);
        List<String> keys = new ArrayList<>();
        body.get("series").forEach(s -> keys.add(s.get("key").asText()));
        assertThat(keys).isEqualTo(topStatuses.stream().map(Count::value).toList());
        JsonNode notFound = body.get("series").get(keys.indexOf("404"));
        assertThat(points(notFound)).isEqualTo(perHour(log.where(r -> r.status() == 404)));
    }

    @Test
    void series_dailyBucket_countsSumToAllRequests() {
        JsonNode body = RunningNeedle.json(needle.get("/api/v1/traffic/series?bucket=1d"));

        Map<Instant, Long> points = points(body.get("series").get(0));
        assertThat(points.keySet()).containsExactly(Instant.parse("2015-05-17T00:00:00Z"),
                Instant.parse("2015-05-18T00:00:00Z"), Instant.parse("2015-05-19T00:00:00Z"),
                Instant.parse("2015-05-20T00:00:00Z"));
        assertThat(points.values().stream().mapToLong(Long::longValue).sum())
                .isEqualTo(log.requests().size());
    }

    @Test
    void findings_all_isTheServicesListAsJson() throws Exception {
        HttpResponse<String> response = needle.get("/api/v1/traffic/findings");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(dev.needle.app.json.Json.MAPPER
                .writeValueAsString(needle.traffic().findings(TrafficQuery.all())));
    }

    private static List<Count> entries(JsonNode top, String field) {
        List<Count> entries = new ArrayList<>();
        top.forEach(e -> {
            assertThat(e.size()).isEqualTo(2);
            entries.add(new Count(e.get(field).asText(), e.get("count").asLong()));
        });
        return entries;
    }

    private static Map<Instant, Long> points(JsonNode series) {
        Map<Instant, Long> points = new TreeMap<>();
        series.get("points").forEach(p ->
                points.put(Instant.parse(p.get("time").asText()), p.get("count").asLong()));
        return points;
    }

    private static Map<Instant, Long> perHour(List<Request> requests) {
        Function<Request, Instant> hour = r -> r.time().truncatedTo(ChronoUnit.HOURS);
        return new TreeMap<>(requests.stream()
                .collect(Collectors.groupingBy(hour, Collectors.counting())));
    }

    private static String q(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
