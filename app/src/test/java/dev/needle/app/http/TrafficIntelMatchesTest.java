package dev.needle.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.needle.app.http.testing.IntelFixture;
import dev.needle.app.http.testing.ReferenceLog;
import dev.needle.app.http.testing.RunningNeedle;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Traffic cross-checked with intel: the hostile-agents log has 203.0.113.7 three times and
 * 198.51.100.23 three times; a Feodo Tracker style list written here names only the first.
 */
class TrafficIntelMatchesTest {

    private static final String WATCHLIST = """
            "first_seen_utc","dst_ip","dst_port","c2_status","last_online","malware"
            "2024-03-01 10:00:00","203.0.113.7","443","online","2024-04-01","Pikabot"
            """;

    @TempDir
    static Path dataDir;

    private static RunningNeedle needle;
    private static IntelFixture intel;

    @BeforeAll
    static void start() {
        needle = RunningNeedle.start(dataDir, List.of(ReferenceLog.resource("hostile-agents.log")));
        intel = IntelFixture.create(needle);
        HttpResponse<String> imported = needle.post(
                "/api/v1/datasets/pages/import?format=feodotracker", intel.acmeAdmin(),
                WATCHLIST.getBytes(StandardCharsets.UTF_8));
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
    }

    @AfterAll
    static void stop() {
        needle.close();
    }

    @Test
    void intelMatches_owner_reportsTheListedClientWithItsRequests() {
        JsonNode body = RunningNeedle.json(needle.get("/api/v1/traffic/intel-matches",
                intel.acmeRead()));

        assertThat(body.get("checked").asInt()).isEqualTo(3);
        assertThat(body.get("matches")).hasSize(1);
        assertThat(body.get("matches").get(0).get("ip").asText()).isEqualTo("203.0.113.7");
        assertThat(body.get("matches").get(0).get("requests").asLong()).isEqualTo(3);
    }

    @Test
    void intelMatches_rival_reportsNone() {
        JsonNode body = RunningNeedle.json(needle.get("/api/v1/traffic/intel-matches",
                intel.rivalRead()));

        assertThat(body.get("matches")).isEmpty();
    }

    @Test
    void intelMatches_whereExcludingTheClient_reportsNone() {
        JsonNode body = RunningNeedle.json(needle.get("/api/v1/traffic/intel-matches?where="
                + IntelApiTest.enc("ip = \"198.51.100.23\""), intel.acmeRead()));

        assertThat(body.get("checked").asInt()).isEqualTo(1);
        assertThat(body.get("matches")).isEmpty();
    }

    @Test
    void intelMatches_noToken_is401() {
        assertThat(needle.get("/api/v1/traffic/intel-matches").statusCode()).isEqualTo(401);
    }
}
