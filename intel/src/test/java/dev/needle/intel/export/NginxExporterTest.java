package dev.needle.intel.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.intel.ThreatEvent;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The nginx files, compared exactly and checked by Debian's nginx with {@code nginx -t}. */
class NginxExporterTest {

    private static final List<ThreatEvent> SAMPLES = List.of(SampleEvents.c2(),
            SampleEvents.phishing(), SampleEvents.hostile(), SampleEvents.malformed());

    @TempDir
    Path dir;

    @Test
    void geo_sampleEvents_writesSortedNetworksInOneBlock() throws IOException {
        assertThat(export(new NginxGeoExporter(), SAMPLES)).isEqualTo("""
                # Needle blocklist for nginx's geo module: 5 networks. Include it in the http \
                block.
                geo $needle_blocked {
                    default 0;
                    192.0.2.0/24 1;
                    198.51.100.7 1;
                    198.51.100.99 1;
                    203.0.113.25 1;
                    2001:db8::25 1;
                }
                """);
    }

    @Test
    void deny_sampleEvents_writesOneDirectivePerNetwork() throws IOException {
        assertThat(export(new NginxDenyExporter(), SAMPLES)).isEqualTo("""
                # Needle blocklist for nginx's access module: 5 networks.
                deny 192.0.2.0/24;
                deny 198.51.100.7;
                deny 198.51.100.99;
                deny 203.0.113.25;
                deny 2001:db8::25;
                """);
    }

    @Test
    void nginxTest_bothFilesIncluded_acceptsTheConfigWithoutWarnings() throws Exception {
        ExternalTool.Run run = nginxTest(SAMPLES);

        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.output()).contains("test is successful").doesNotContain("[warn]");
    }

    @Test
    void nginxTest_hostileAndMalformedEvents_stillAcceptsAndNothingLeaks() throws Exception {
        List<ThreatEvent> events = List.of(SampleEvents.hostile(), SampleEvents.malformed());

        ExternalTool.Run run = nginxTest(events);
        String geo = Files.readString(dir.resolve("needle-geo.conf"));
        String deny = Files.readString(dir.resolve("needle-deny.conf"));

        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(geo + deny).doesNotContain("pwned", "allow", "evil", "sid", "300", "10.0.0.0");
        assertThat(deny).isEqualTo("# Needle blocklist for nginx's access module: 1 networks.\n"
                + "deny 198.51.100.99;\n");
    }

    @Test
    void summary_malformedAddresses_areCountedAsSkipped() throws IOException {
        ExportSummary summary = new NginxGeoExporter().export(List.of(SampleEvents.malformed()),
                new ByteArrayOutputStream());

        assertThat(summary.entries()).isZero();
        assertThat(summary.skipped()).isEqualTo(2);
    }

    private ExternalTool.Run nginxTest(List<ThreatEvent> events) throws Exception {
        Path nginx = ExternalTool.find("NEEDLE_TEST_NGINX", "/usr/sbin/nginx")
                .orElseThrow(() -> new AssertionError("nginx is missing: apt-get install -y"
                        + " nginx-light (or set NEEDLE_TEST_NGINX)"));
        Files.writeString(dir.resolve("needle-geo.conf"), export(new NginxGeoExporter(), events));
        Files.writeString(dir.resolve("needle-deny.conf"),
                export(new NginxDenyExporter(), events));
        Files.writeString(dir.resolve("nginx.conf"), """
                pid %1$s/nginx.pid;
                error_log %1$s/error.log;
                events {
                }
                http {
                    access_log off;
                    client_body_temp_path %1$s/body;
                    proxy_temp_path %1$s/proxy;
                    fastcgi_temp_path %1$s/fastcgi;
                    uwsgi_temp_path %1$s/uwsgi;
                    scgi_temp_path %1$s/scgi;
                    include needle-geo.conf;
                    server {
                        listen 127.0.0.1:8089;
                        include needle-deny.conf;
                        location / {
                            if ($needle_blocked) {
                                return 403;
                            }
                            return 204;
                        }
                    }
                }
                """.formatted(dir));
        return ExternalTool.run(List.of(nginx.toString(), "-t", "-p", dir + "/",
                "-e", dir.resolve("error.log").toString(),
                "-c", dir.resolve("nginx.conf").toString()));
    }

    private static String export(EventExporter exporter, List<ThreatEvent> events)
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.export(events, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
