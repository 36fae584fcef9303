package dev.needle.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import dev.needle.app.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The analyst's commands on the shipped demo data: both logs and both feeds. */
class AnalystCommandsTest {

    @TempDir
    static Path dir;

    private static String data;

    @BeforeAll
    static void loadDemoData() throws IOException {
        data = dir.resolve("data").toString();
        List<String> ingest = new ArrayList<>(List.of("ingest", "--data", data));
        for (String log : List.of("elastic_examples_apache_logs.log",
                "logparser_hackers-access.log")) {
            ingest.add(copy("/demo/" + log).toString());
        }
        assertThat(CliRun.of(ingest.toArray(String[]::new)).exitCode()).isZero();
        assertThat(CliRun.of("intel", "import", copy("/demo/feeds/feodotracker_ipblocklist.csv")
                .toString(), "--dataset", "feodo", "--data", data).exitCode()).isZero();
        assertThat(CliRun.of("intel", "import", copy("/demo/feeds/oasis_apt1.json").toString(),
                "--dataset", "apt1", "--data", data).exitCode()).isZero();
    }

    private static Path copy(String resource) throws IOException {
        Path target = dir.resolve(Path.of(resource).getFileName().toString());
        try (InputStream in = AnalystCommandsTest.class.getResourceAsStream(resource)) {
            Files.copy(in, target);
        }
        return target;
    }

    private static JsonNode ask(String... args) throws IOException {
        List<String> all = new ArrayList<>(List.of("ask", "--json", "--data", data));
        all.addAll(List.of(args));
        CliRun run = CliRun.of(all.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isZero();
        return Json.MAPPER.readTree(run.out());
    }

    @Test
    void askTopFiveIps_returnsTheSameRowsAsTopIp() throws IOException {
        JsonNode answer = ask("what are the top 5 IP addresses?");
        CliRun top = CliRun.of("top", "ip", "-n", "5", "--json", "--data", data);
        List<Map<String, Object>> expected = Json.MAPPER.readValue(top.out(),
                new TypeReference<>() { });
        List<Map<String, Object>> rows = Json.MAPPER.convertValue(answer.at("/table/rows"),
                new TypeReference<>() { });
        assertThat(rows).hasSize(5).isEqualTo(expected);
        assertThat(answer.at("/evidence/0/tool").asText()).isEqualTo("traffic_top");
        assertThat(answer.at("/evidence/0/rows").asLong()).isEqualTo(13_456);
    }

    @Test
    void followUp_inTheSameConversation_checksTheListedIps() throws IOException {
        JsonNode first = ask("top 3 IPs hitting the login page");
        String id = first.get("conversation").asText();
        JsonNode second = ask("--conversation", id, "are any of these known to be malicious?");
        List<String> listed = new ArrayList<>();
        first.at("/table/rows").forEach(row -> listed.add(row.get("ip").asText()));
        assertThat(listed).hasSize(3);
        assertThat(second.at("/evidence/0/tool").asText()).isEqualTo("intel_match");
        assertThat(second.at("/evidence/0/args/values").asText())
                .isEqualTo(String.join(",", listed));
        assertThat(second.get("conversation").asText()).isEqualTo(id);
    }

    @Test
    void unknownConversation_failsWithAClearMessage() {
        CliRun run = CliRun.of("ask", "--data", data, "--conversation", "nope", "top ips");
        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err()).contains("no conversation 'nope' for your organisation")
                .doesNotContain("Exception");
    }

    @Test
    void missingDataDir_isAnErrorNotAnEmptyAnswer() {
        CliRun run = CliRun.of("ask", "--data", dir.resolve("nowhere").toString(), "top ips");
        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err()).contains("no Needle data in").doesNotContain("Exception");
    }

    @Test
    void myIndustry_usesTheProfile() throws IOException {
        assertThat(ask("who is targeting my industry?").get("intent").asText())
                .isEqualTo("clarify");
        CliRun set = CliRun.of("analyst", "profile", "--industry", "Finance", "--data", data);
        assertThat(set.exitCode()).as(set.err()).isZero();
        assertThat(set.out()).contains("industry: finance");
        JsonNode answer = ask("who is targeting my industry?");
        assertThat(answer.at("/evidence/0/args/industry").asText()).isEqualTo("finance");
        CliRun bad = CliRun.of("analyst", "profile", "--country", "Germany", "--data", data);
        assertThat(bad.exitCode()).isNotZero();
        assertThat(bad.err()).contains("--country 'Germany' is not an ISO 3166 alpha-2 code");
    }

    @Test
    void textOutput_showsAnswerTableAndEvidence() {
        CliRun run = CliRun.of("ask", "--data", data, "show", "events", "for", "APT1");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("event(s), newest first")
                .contains("evidence: intel_events(attacker=APT1)").contains("conversation: ");
    }
}
