package dev.needle.intel.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.core.indicator.Indicator;
import dev.needle.core.indicator.IndicatorType;
import dev.needle.intel.ThreatEvent;
import dev.needle.intel.Tlp;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class BlocklistExporterTest {

    private static final List<ThreatEvent> SAMPLES = List.of(SampleEvents.c2(),
            SampleEvents.phishing(), SampleEvents.hostile(), SampleEvents.malformed());

    @Test
    void export_ipv4_distinctAddressesInNumericOrder() throws IOException {
        ThreatEvent scan = SampleEvents.event(UUID.randomUUID(), "scans", Instant.EPOCH,
                "Scanner", "Scanning", "", List.of(SampleEvents.ipv4("198.51.100.10"),
                        SampleEvents.ipv4("198.51.100.9"), SampleEvents.ipv4("198.51.100.10")),
                Optional.empty(), List.of(), Tlp.CLEAR);

        String list = export(IndicatorType.IPV4, List.of(SampleEvents.c2(), scan,
                SampleEvents.phishing(), SampleEvents.hostile(), SampleEvents.malformed()));

        assertThat(list).isEqualTo("198.51.100.7\n198.51.100.9\n198.51.100.10\n"
                + "198.51.100.99\n203.0.113.25\n");
    }

    @Test
    void export_eachType_writesOnlyThatType() throws IOException {
        assertThat(export(IndicatorType.CIDR, SAMPLES)).isEqualTo("192.0.2.0/24\n");
        assertThat(export(IndicatorType.IPV6, SAMPLES)).isEqualTo("2001:db8::25\n");
        assertThat(export(IndicatorType.DOMAIN, SAMPLES))
                .isEqualTo("evil.example\nupdate.hugesoft.example\n");
        assertThat(export(IndicatorType.SHA256, SAMPLES)).isEqualTo(SampleEvents.SHA256 + "\n");
        assertThat(export(IndicatorType.JA3, SAMPLES)).isEqualTo(SampleEvents.JA3 + "\n");
        assertThat(export(IndicatorType.URL, SAMPLES)).isEqualTo(
                "http://evil.example/a\"b;c\\d|e\n" + SampleEvents.QUOTED_URL + "\n"
                        + "https://docs.hugesoft.example/invoice.zip\n");
    }

    @Test
    void export_malformedValues_areSkippedAndCounted() throws IOException {
        ThreatEvent event = SampleEvents.event(UUID.randomUUID(), "x", Instant.EPOCH, "x", "",
                "", List.of(new Indicator(IndicatorType.DOMAIN, "ok.example"),
                        new Indicator(IndicatorType.DOMAIN, "bad.example\nsecond.example"),
                        new Indicator(IndicatorType.DOMAIN, "UPPER.example")),
                Optional.empty(), List.of(), Tlp.CLEAR);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        ExportSummary summary = new BlocklistExporter(IndicatorType.DOMAIN)
                .export(List.of(event), out);

        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("ok.example\n");
        assertThat(summary.entries()).isEqualTo(1);
        assertThat(summary.skipped()).isEqualTo(2);
    }

    private static String export(IndicatorType type, List<ThreatEvent> events)
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new BlocklistExporter(type).export(events, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
