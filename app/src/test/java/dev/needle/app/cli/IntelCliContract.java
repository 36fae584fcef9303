package dev.needle.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import dev.needle.app.json.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The intel commands end to end on the shared real feeds, run in-process. Subclasses choose the
 * store: SQLite files in the data dir, or PostgreSQL with {@code --db}. A PostgreSQL registry is
 * shared by every run, so each test works on datasets of its own unique names and asserts only
 * about them.
 */
abstract class IntelCliContract {

    /** The shared feed samples of the intel module, read from the app module's directory. */
    static final Path FEEDS = Path.of("../intel/src/test/resources/feeds");
    static final Path FEODO = FEEDS.resolve("abusech/feodotracker_ipblocklist.csv");
    static final Path URLHAUS = FEEDS.resolve("abusech/urlhaus_online_head2000.csv");
    static final Path APT1 = FEEDS.resolve("stix/oasis_apt1.json");
    static final Path ACCESS_LOG =
            Path.of("src/test/resources/logs/elastic_examples_apache_logs.log");

    @TempDir
    Path dir;

    /** The options that select the store, after {@code --data}. */
    abstract List<String> storeOptions();

    /** A dataset name no other test or run uses. */
    abstract String dataset(String base);

    CliRun run(String... args) {
        List<String> all = new ArrayList<>(Arrays.asList(args));
        all.add("--data");
        all.add(dir.resolve("data").toString());
        all.addAll(storeOptions());
        return CliRun.of(all.toArray(String[]::new));
    }

    CliRun succeed(String... args) {
        CliRun result = run(args);
        assertThat(result.exitCode()).as(String.join(" ", args) + "\n" + result.err()).isZero();
        return result;
    }

    static <T> T json(CliRun run, TypeReference<T> type) throws IOException {
        return Json.MAPPER.readValue(run.out(), type);
    }

    /** Every file under the feeds folder, and the MISP feed as its directory. */
    static List<String> sharedFeeds() throws IOException {
        Path mispFeed = FEEDS.resolve("misp/circl-feed-sample");
        List<String> args = new ArrayList<>();
        try (Stream<Path> files = Files.walk(FEEDS)) {
            files.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().equals("README.md"))
                    .filter(f -> !f.startsWith(mispFeed))
                    .sorted()
                    .forEach(f -> args.add(f.toString()));
        }
        args.add(mispFeed.toString());
        return args;
    }

    /** The CSV rows after the banner and the header, split on the quoted commas. */
    static List<List<String>> csvRows(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .skip(1)
                .map(line -> Arrays.stream(line.split("\",\""))
                        .map(cell -> cell.replace("\"", "")).toList())
                .toList();
    }

    long eventCount(String dataset) throws IOException {
        List<Map<String, Object>> datasets = json(succeed("intel", "datasets", "--json"),
                new TypeReference<>() { });
        return datasets.stream().filter(d -> d.get("name").equals(dataset))
                .mapToLong(d -> ((Number) d.get("events")).longValue())
                .findFirst().orElse(-1);
    }

    boolean exists(String dataset) throws IOException {
        return eventCount(dataset) >= 0;
    }

    @Test
    void iocCheck_afterSharedFeeds_findsFeodoIpAndUrlhausUrlAndNotAnUnknownAddress()
            throws IOException {
        String shared = dataset("shared-feeds");
        List<String> importArgs = new ArrayList<>(List.of("intel", "import", "--json",
                "--dataset", shared));
        importArgs.addAll(sharedFeeds());
        JsonNode report = Json.MAPPER.readTree(succeed(importArgs.toArray(String[]::new)).out());
        String feodoIp = csvRows(FEODO).get(0).get(1);
        String urlhausUrl = csvRows(URLHAUS).get(0).get(2);
        String defanged = urlhausUrl.replace("http", "hxxp").replace(".", "[.]");

        CliRun check = succeed("ioc", "check", "--json", feodoIp, defanged, "203.0.113.77",
                "no indicator here");

        assertThat(report.get("files")).hasSize(sharedFeeds().size());
        assertThat(fileReport(report, "feodotracker").get("added").asInt())
                .isEqualTo(csvRows(FEODO).size());
        assertThat(fileReport(report, "urlhaus").get("added").asInt())
                .isEqualTo(csvRows(URLHAUS).size());
        List<Map<String, Object>> results = json(check, new TypeReference<>() { });
        assertThat(results).extracting(r -> r.get("value"))
                .containsExactly(feodoIp, defanged, "203.0.113.77", "no indicator here");
        assertThat(results).extracting(r -> r.get("known")).containsExactly(true, true, false,
                false);
        assertThat(matches(results.get(0))).extracting(m -> m.get("dataset")).contains(shared);
        assertThat(matches(results.get(0))).extracting(m -> m.get("headline").toString())
                .anyMatch(h -> h.contains(feodoIp));
        assertThat(matches(results.get(1))).extracting(m -> m.get("dataset")).contains(shared);
        assertThat(results.get(1)).extracting(r -> ((Map<?, ?>) r.get("indicator")).get("value"))
                .isEqualTo(urlhausUrl);
        assertThat(matches(results.get(2))).isEmpty();
        assertThat(results.get(3)).containsKey("error");
    }

    private static JsonNode fileReport(JsonNode report, String format) {
        for (JsonNode file : report.get("files")) {
            if (file.path("format").asText().equals(format)) {
                return file;
            }
        }
        throw new AssertionError("no file of format " + format + " in " + report);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> matches(Map<String, Object> result) {
        return (List<Map<String, Object>>) result.get("matches");
    }

    @Test
    void attackers_afterApt1Bundle_listApt1WithTheBundlesNetworkAndFileIndicators()
            throws IOException {
        String reports = dataset("apt1");
        succeed("intel", "import", APT1.toString(), "--dataset", reports);

        List<Map<String, Object>> attackers = json(succeed("intel", "attackers", "--json",
                "--dataset", reports), new TypeReference<>() { });

        String name = intrusionSetName();
        Map<String, Object> apt1 = attackers.stream()
                .filter(a -> a.get("attacker").equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("APT1 missing from " + attackers));
        @SuppressWarnings("unchecked")
        List<Map<String, String>> indicators = (List<Map<String, String>>) apt1.get("indicators");
        assertThat(indicators).extracting(i -> i.get("value"))
                .containsExactlyInAnyOrderElementsOf(apt1IndicatorValues());
        assertThat(apt1).containsEntry("indicatorCount", apt1IndicatorValues().size())
                .containsEntry("events", 1).containsEntry("datasets", List.of(reports));
    }

    /** The bundle's intrusion set, read from the file. */
    private static String intrusionSetName() throws IOException {
        for (JsonNode object : Json.MAPPER.readTree(APT1.toFile()).get("objects")) {
            if (object.get("type").asText().equals("intrusion-set")) {
                return object.get("name").asText();
            }
        }
        throw new AssertionError("no intrusion set in " + APT1);
    }

    /**
     * The values of the bundle's indicators Needle keeps (addresses, domains, file hashes),
     * read with a regular expression over the patterns; certificate patterns are not kept.
     */
    private static Set<String> apt1IndicatorValues() throws IOException {
        Pattern kept = Pattern.compile(
                "(?:ipv4-addr:value|domain-name:value|file:hashes\\.md5) = '([^']+)'");
        Set<String> values = new HashSet<>();
        for (JsonNode object : Json.MAPPER.readTree(APT1.toFile()).get("objects")) {
            if (object.get("type").asText().equals("indicator")) {
                Matcher m = kept.matcher(object.get("pattern").asText());
                while (m.find()) {
                    values.add(m.group(1));
                }
            }
        }
        return values;
    }

    @Test
    void import_malformedJson_exitsNonZeroWithLineAndLeavesDatasetUnchanged() throws IOException {
        String target = dataset("malformed");
        succeed("intel", "import", FEODO.toString(), "--dataset", target);
        long before = eventCount(target);
        Path truncated = dir.resolve("apt1-truncated.json");
        Files.writeString(truncated, Files.readString(APT1).substring(0, 3000));

        CliRun bad = run("intel", "import", truncated.toString(), "--dataset", target);

        assertThat(bad.exitCode()).isEqualTo(ErrorHandler.BAD_INPUT);
        assertThat(bad.err()).contains("needle intel import: " + truncated + ":101:5:"
                + " malformed JSON");
        assertThat(eventCount(target)).isEqualTo(before).isEqualTo(csvRows(FEODO).size());
    }

    @Test
    void import_csvMissingItsValueColumn_namesColumnAndCreatesNoDataset() throws IOException {
        String target = dataset("missing-column");

        CliRun bad = run("intel", "import", URLHAUS.toString(), "--dataset", target,
                "--format", "csv", "--value-column", "ip", "--type", "ipv4");

        assertThat(bad.exitCode()).isEqualTo(ErrorHandler.BAD_INPUT);
        assertThat(bad.err()).contains(URLHAUS + ":1: column 'ip' is missing");
        assertThat(exists(target)).isFalse();
    }

    @Test
    void import_feodoWithoutItsAddressColumn_failsAndKeepsStoredEvents() throws IOException {
        String target = dataset("feodo-cut");
        succeed("intel", "import", URLHAUS.toString(), "--dataset", target);
        Path cut = dir.resolve("feodotracker_cut.csv");
        Files.write(cut, Files.readAllLines(FEODO).stream()
                .map(line -> line.startsWith("#") ? line : dropSecondColumn(line)).toList());

        CliRun bad = run("intel", "import", cut.toString(), "--dataset", target);

        assertThat(bad.exitCode()).isEqualTo(ErrorHandler.BAD_INPUT);
        assertThat(bad.err()).contains("needle intel import: " + cut + ": no header line");
        assertThat(eventCount(target)).isEqualTo(csvRows(URLHAUS).size());
    }

    private static String dropSecondColumn(String line) {
        List<String> cells = new ArrayList<>(Arrays.asList(line.split(",")));
        if (cells.size() > 1) {
            cells.remove(1);
        }
        return String.join(",", cells);
    }

    @Test
    void import_unknownFormat_exitsTwoAndStoresNothing() throws IOException {
        String target = dataset("unknown-format");

        CliRun bad = run("intel", "import", FEODO.toString(), "--dataset", target,
                "--format", "yaml");

        assertThat(bad.exitCode()).isEqualTo(ErrorHandler.BAD_INPUT);
        assertThat(bad.err()).contains("needle intel import: unknown feed format 'yaml'");
        assertThat(exists(target)).isFalse();
    }

    @Test
    void import_missingFileAmongGoodOnes_storesTheOthersAndNamesTheMissingFile()
            throws IOException {
        String target = dataset("missing-file");
        Path absent = dir.resolve("no-such-feed.json");

        CliRun mixed = run("intel", "import", FEODO.toString(), absent.toString(),
                "--dataset", target);

        assertThat(mixed.exitCode()).isEqualTo(ErrorHandler.BAD_INPUT);
        assertThat(mixed.err()).contains(absent + ": no such file or directory");
        assertThat(eventCount(target)).isEqualTo(csvRows(FEODO).size());
    }

    @Test
    void eventsList_filterOnAttacker_returnsTheApt1ReportEvent() throws IOException {
        String reports = dataset("apt1-events");
        succeed("intel", "import", APT1.toString(), "--dataset", reports);

        JsonNode page = Json.MAPPER.readTree(succeed("events", "list", "--json", "--dataset",
                reports, "--filter", "attacker equals APT1 and indicatorType in (cidr, md5)")
                .out());

        assertThat(page.get("events")).hasSize(1);
        assertThat(page.get("events").get(0).get("headline").asText())
                .isEqualTo("APT1: Exposing One of China's Cyber Espionage Units");
        assertThat(page.get("nextCursor").isNull()).isTrue();
    }

    @Test
    void eventsList_pagesThroughFeodo_visitsEveryRowOnce() throws IOException {
        String feodo = dataset("feodo-pages");
        succeed("intel", "import", FEODO.toString(), "--dataset", feodo);
        List<String> headlines = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();

        JsonNode page = Json.MAPPER.readTree(succeed("events", "list", "--json", "--dataset",
                feodo, "--limit", "10").out());
        while (true) {
            sizes.add(page.get("events").size());
            page.get("events").forEach(e -> headlines.add(e.get("headline").asText()));
            if (page.get("nextCursor").isNull()) {
                break;
            }
            page = Json.MAPPER.readTree(succeed("events", "list", "--json", "--cursor",
                    page.get("nextCursor").asText()).out());
        }

        int rows = csvRows(FEODO).size();
        assertThat(sizes).containsExactly(10, 10, rows - 20);
        assertThat(headlines).doesNotHaveDuplicates().hasSize(rows);
    }

    @Test
    void eventsList_misspelledOperator_exitsTwoWithPosition() {
        CliRun bad = run("events", "list", "--filter", "attacker equls APT1");

        assertThat(bad.exitCode()).isEqualTo(ErrorHandler.BAD_INPUT);
        assertThat(bad.err()).contains("needle events list: --filter 'attacker equls APT1' at"
                + " position 10: unknown operator 'equls'");
    }

    @Test
    void exportBlocklist_ofFeodoDataset_holdsEachAddressOfTheFileOnce() throws IOException {
        String feodo = dataset("feodo-export");
        succeed("intel", "import", FEODO.toString(), "--dataset", feodo);
        Path out = dir.resolve("blocklist.txt");

        CliRun export = succeed("intel", "export", "--format", "blocklist", "--dataset", feodo,
                "--out", out.toString());

        Set<String> addresses = new HashSet<>();
        csvRows(FEODO).forEach(row -> addresses.add(row.get(1)));
        assertThat(Files.readAllLines(out)).filteredOn(l -> !l.isBlank() && !l.startsWith("#"))
                .containsExactlyInAnyOrderElementsOf(addresses);
        assertThat(export.err()).contains("blocklist, " + csvRows(FEODO).size() + " events");
    }

    @Test
    void share_withNewOrganisation_showsPartnerAndTokenSecretOnce() throws IOException {
        String data = dataset("shared-out");
        String partner = dataset("partner").toLowerCase(Locale.ROOT);
        succeed("intel", "import", FEODO.toString(), "--dataset", data);
        succeed("intel", "org", "create", partner);

        succeed("intel", "share", data, "--with", partner);
        CliRun token = succeed("intel", "token", "create", "--org", partner, "--scope", "read",
                "--label", "test", "--json");

        List<Map<String, Object>> datasets = json(succeed("intel", "datasets", "--json"),
                new TypeReference<>() { });
        assertThat(datasets).filteredOn(d -> d.get("name").equals(data)).singleElement()
                .satisfies(d -> assertThat(d).containsEntry("visibility", "shared")
                        .containsEntry("partners", List.of(partner)));
        Map<String, Object> issued = json(token, new TypeReference<>() { });
        assertThat(issued).containsEntry("organisation", partner)
                .containsEntry("scopes", List.of("read"));
        assertThat(issued.get("secret").toString()).hasSizeGreaterThan(20);
        succeed("intel", "share", data, "--private");
        assertThat(json(succeed("intel", "datasets", "--json"),
                new TypeReference<List<Map<String, Object>>>() { }))
                .filteredOn(d -> d.get("name").equals(data)).singleElement()
                .satisfies(d -> assertThat(d).containsEntry("visibility", "private"));
    }

    @Test
    void iocTraffic_watchlistOfLogClients_reportsTheirRequestCounts() throws IOException {
        String watch = dataset("watch");
        Path list = dir.resolve("watch.csv");
        Files.writeString(list, "ip\n66.249.73.135\n83.149.9.0/24\n203.0.113.5\n");
        succeed("ingest", ACCESS_LOG.toString());
        succeed("intel", "import", list.toString(), "--dataset", watch, "--format", "csv",
                "--value-column", "ip");

        List<Map<String, Object>> known = json(succeed("ioc", "traffic", "--json"),
                new TypeReference<>() { });

        List<Map<String, Object>> ours = known.stream()
                .filter(k -> ((List<?>) k.get("datasets")).contains(watch)).toList();
        assertThat(ours).extracting(k -> k.get("ip"), k -> k.get("requests"))
                .containsExactly(tuple("66.249.73.135", requestsFrom("66.249.73.135 ")),
                        tuple("83.149.9.216", requestsFrom("83.149.9.")));
    }

    /** Lines of the access log starting with {@code prefix}, counted without Needle. */
    private static int requestsFrom(String prefix) throws IOException {
        return (int) Files.readAllLines(ACCESS_LOG).stream().filter(l -> l.startsWith(prefix))
                .count();
    }
}
