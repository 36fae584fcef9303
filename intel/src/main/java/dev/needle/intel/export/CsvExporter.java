package dev.needle.intel.export;

import dev.needle.core.indicator.Indicator;
import dev.needle.intel.KillChainStage;
import dev.needle.intel.ThreatEvent;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes one CSV row per indicator of each event, with a header row, CRLF line ends and UTF-8.
 *
 * <p>Columns: event id, dataset, date (ISO 8601, UTC), indicator type, value, attacker,
 * category, techniques (space-separated), kill-chain stage, TLP, confidence, and last the
 * headline, so that a row makes sense on its own in a spreadsheet. Every field goes
 * through {@link CsvField}, so commas, quotes, line breaks and formula starts in event text stay
 * inside their cell. Values are written as stored, even ones other formats would skip, since a
 * CSV cell can hold anything safely.
 */
public final class CsvExporter implements EventExporter {

    static final String HEADER = "event_id,dataset,date,type,value,attacker,category,techniques,"
            + "kill_chain_stage,tlp,confidence,headline";

    @Override
    public ExportFormat format() {
        return ExportFormat.CSV;
    }

    @Override
    public ExportSummary export(List<ThreatEvent> events, OutputStream out) throws IOException {
        ExportTally tally = new ExportTally(format());
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.write(HEADER);
        writer.write("\r\n");
        for (ThreatEvent event : events) {
            tally.event();
            for (Indicator indicator : event.indicators()) {
                writeRow(writer, event, indicator);
                tally.entry();
            }
        }
        writer.flush();
        return tally.summary();
    }

    private static void writeRow(Writer writer, ThreatEvent event, Indicator indicator)
            throws IOException {
        String[] fields = {
            event.id().toString(),
            event.dataset(),
            event.date().toString(),
            indicator.type().label(),
            indicator.value(),
            event.attacker(),
            event.category(),
            String.join(" ", event.techniques()),
            event.killChainStage().map(KillChainStage::label).orElse(""),
            event.tlp().label(),
            Integer.toString(event.confidence()),
            event.headline(),
        };
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                writer.write(',');
            }
            writer.write(CsvField.of(fields[i]));
        }
        writer.write("\r\n");
    }
}
