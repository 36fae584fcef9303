package dev.needle.intel.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.intel.ThreatEvent;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvExporterTest {

    private static final String C2 = "3f1b6a2e-5c4d-4e7f-9a8b-1c2d3e4f5a6b,apt-reports,"
            + "2013-02-19T08:30:00Z,";
    private static final String C2_CONTEXT = ",APT1,C2 server,T1071.001,command-and-control,"
            + "amber,80,APT1 command-and-control server\r\n";

    @Test
    void export_c2Event_writesOneRowPerIndicator() throws IOException {
        String csv = export(List.of(SampleEvents.c2()));

        assertThat(csv).isEqualTo("event_id,dataset,date,type,value,attacker,category,"
                + "techniques,kill_chain_stage,tlp,confidence,headline\r\n"
                + C2 + "ipv4,198.51.100.7" + C2_CONTEXT
                + C2 + "ipv4,203.0.113.25" + C2_CONTEXT
                + C2 + "cidr,192.0.2.0/24" + C2_CONTEXT
                + C2 + "domain,update.hugesoft.example" + C2_CONTEXT
                + C2 + "url,http://news.hugesoft.example/o'brien/login.php?id=7" + C2_CONTEXT
                + C2 + "ja3," + SampleEvents.JA3 + C2_CONTEXT);
    }

    @Test
    void export_hostileEvent_keepsEveryFieldInItsCell() throws IOException {
        List<List<String>> rows = CsvReader.rows(export(List.of(SampleEvents.hostile())));

        assertThat(rows).hasSize(1 + 4).allSatisfy(row -> assertThat(row).hasSize(12));
        List<String> url = rows.get(3);
        assertThat(url.get(1)).isEqualTo("ds\"; x\n");
        assertThat(url.get(4)).isEqualTo("http://evil.example/a\"b;c\\d|e");
        assertThat(url.get(7)).isEqualTo("T1071.001 T1071.001\"}");
        assertThat(url.get(11)).isEqualTo("'" + SampleEvents.HOSTILE_HEADLINE);
    }

    @Test
    void export_formulaStarts_areDefusedWithAQuote() throws IOException {
        List<String> row = CsvReader.rows(export(List.of(SampleEvents.hostile()))).get(1);

        assertThat(row.get(5)).isEqualTo("'@evil\",\"x");
        assertThat(row.get(6)).isEqualTo("'+cmd|' /C calc'!A0");
        assertThat(row.get(11)).startsWith("'=HYPERLINK(");
    }

    @Test
    void export_summary_countsEventsAndRows() throws IOException {
        ExportSummary summary = new CsvExporter().export(List.of(SampleEvents.c2(),
                SampleEvents.phishing()), new ByteArrayOutputStream());

        assertThat(summary.format()).isEqualTo(ExportFormat.CSV);
        assertThat(summary.events()).isEqualTo(2);
        assertThat(summary.entries()).isEqualTo(12);
        assertThat(summary.skipped()).isZero();
    }

    private static String export(List<ThreatEvent> events) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CsvExporter().export(events, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
