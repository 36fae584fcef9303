package dev.needle.intel.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.intel.ThreatEvent;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ZeekIntelExporterTest {

    private static final String C2 = "\tneedle/apt-reports\tAPT1 command-and-control server\n";
    private static final String PHISHING =
            "\tneedle/phishing\tSpear-phishing attachment from APT1\n";

    @Test
    void export_sampleEvents_writesTypedTabSeparatedLines() throws IOException {
        String intel = export(List.of(SampleEvents.c2(), SampleEvents.phishing()));

        assertThat(intel).isEqualTo(
                "#fields\tindicator\tindicator_type\tmeta.source\tmeta.desc\n"
                + "198.51.100.7\tIntel::ADDR" + C2
                + "203.0.113.25\tIntel::ADDR" + C2
                + "192.0.2.0/24\tIntel::SUBNET" + C2
                + "update.hugesoft.example\tIntel::DOMAIN" + C2
                + "news.hugesoft.example/o'brien/login.php?id=7\tIntel::URL" + C2
                + "hr-update@hugesoft.example\tIntel::EMAIL" + PHISHING
                + SampleEvents.SHA256 + "\tIntel::FILE_HASH" + PHISHING
                + SampleEvents.MD5 + "\tIntel::FILE_HASH" + PHISHING
                + "2001:db8::25\tIntel::ADDR" + PHISHING
                + "docs.hugesoft.example/invoice.zip\tIntel::URL" + PHISHING
                + "198.51.100.7\tIntel::ADDR" + PHISHING);
    }

    @Test
    void export_ja3_isSkippedAsUnsupported() throws IOException {
        ExportSummary summary = new ZeekIntelExporter().export(List.of(SampleEvents.c2()),
                new ByteArrayOutputStream());

        assertThat(summary.entries()).isEqualTo(5);
        assertThat(summary.skipped()).isEqualTo(1);
        assertThat(summary.skipSamples()).singleElement().satisfies(skip ->
                assertThat(skip.reason()).isEqualTo("Zeek has no intel type for ja3"));
    }

    @Test
    void export_hostileEvent_everyLineHasFourFieldsAndNoControlCharacters() throws IOException {
        String intel = export(List.of(SampleEvents.hostile(), SampleEvents.malformed()));

        List<String> lines = intel.lines().toList();
        assertThat(intel).doesNotContain("\r").endsWith("\n");
        assertThat(lines).hasSize(1 + 3);
        assertThat(lines.subList(1, lines.size())).allSatisfy(line -> {
            assertThat(line).doesNotStartWith("#").doesNotContain("\u2028");
            String[] fields = line.split("\t", -1);
            assertThat(fields).hasSize(4);
            assertThat(fields[2]).isEqualTo("needle/ds\"; x");
            assertThat(fields[3]).isEqualTo("=HYPERLINK(\"x\") \"; sid:1; rev:1;) } alert ip any"
                    + " any -> any any (msg:\"pwned\"; sid:2;)  # deny all; } { \\   end");
        });
        assertThat(lines.get(3)).startsWith("evil.example/a\"b;c\\d|e\tIntel::URL\t");
    }

    @Test
    void field_emptyOrOnlyControls_isZeeksUnsetMark() {
        assertThat(ZeekIntelExporter.field("")).isEqualTo("-");
        assertThat(ZeekIntelExporter.field("\t\n")).isEqualTo("-");
        assertThat(ZeekIntelExporter.field("a\tb")).isEqualTo("a b");
    }

    private static String export(List<ThreatEvent> events) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ZeekIntelExporter().export(events, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
