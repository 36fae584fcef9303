package dev.needle.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {

    @TempDir
    Path dir;

    @Test
    void demo_twice_startsFromEmptyStoreAndServesTheShippedLogs() {
        String data = dir.resolve("demo").toString();

        CliRun first = CliRun.of("demo", "--no-wait", "--port", "0", "--data", data);
        CliRun second = CliRun.of("demo", "--no-wait", "--port", "0", "--data", data);

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(second.out()).contains("ingested elastic_examples_apache_logs.log: 10,000 rows")
                .contains("ingested logparser_hackers-access.log: 3,456 rows")
                .contains("imported feodotracker_ipblocklist.csv: 28 events into dataset feodo")
                .contains("imported oasis_apt1.json: 1 events into dataset apt1")
                .containsPattern("Needle demo is up: http://127\\.0\\.0\\.1:\\d+/")
                .containsPattern("log in with this read token:\\s+\\S{20,}");
        CliRun attackers = CliRun.of("intel", "attackers", "--data", data);
        assertThat(attackers.out()).contains("APT1");
        CliRun top = CliRun.of("top", "ip", "-n", "1", "--json", "--data", data);
        assertThat(top.out().strip()).isEqualTo("[{\"ip\":\"66.249.73.135\",\"count\":482}]");
        assertThat(Files.exists(Path.of(data, "logs", "logparser_hackers-access.log"))).isTrue();
    }

    @Test
    void demo_portInUse_exitsTwoNamingThePort() throws Exception {
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1,
                java.net.InetAddress.getLoopbackAddress())) {
            CliRun run = CliRun.of("demo", "--no-wait", "--port",
                    String.valueOf(taken.getLocalPort()), "--data", dir.toString());

            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).contains(":" + taken.getLocalPort())
                    .contains("the address is in use");
        }
    }
}
