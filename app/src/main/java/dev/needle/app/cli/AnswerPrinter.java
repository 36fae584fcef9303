package dev.needle.app.cli;

import dev.needle.analyst.Answer;
import dev.needle.analyst.AnswerJson;
import dev.needle.analyst.Evidence;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

/** Prints an analyst answer for a terminal, or as JSON. */
final class AnswerPrinter {

    private static final int MAX_ROWS = 50;

    private AnswerPrinter() {
    }

    static void json(PrintWriter out, Answer answer) throws Exception {
        out.println(AnswerJson.MAPPER.writeValueAsString(AnswerJson.of(answer)));
    }

    static void text(PrintWriter out, Answer answer) {
        out.println(TextTable.printable(answer.text(), 4000));
        if (!answer.table().rows().isEmpty()) {
            List<String> columns = answer.table().columns();
            TextTable table = new TextTable(columns, columns.stream()
                    .map(column -> isNumeric(answer, column)).toList());
            answer.table().rows().stream().limit(MAX_ROWS).forEach(row ->
                    table.add(columns.stream().map(row::get).toArray()));
            out.println();
            table.print(out);
            if (answer.table().rows().size() > MAX_ROWS) {
                out.println("(" + (answer.table().rows().size() - MAX_ROWS)
                        + " more rows; use --json for all)");
            }
        }
        for (String note : answer.notes()) {
            out.println("note: " + note);
        }
        for (Evidence evidence : answer.evidence()) {
            out.println("evidence: " + TextTable.printable(evidence.call().toString(), 1000)
                    + " over "
                    + evidence.rowsConsidered() + " rows in " + evidence.millis() + " ms"
                    + evidence.error().map(error -> " - failed: " + error).orElse(""));
            evidence.details().forEach(detail -> out.println("  " + detail));
        }
        out.println("conversation: " + answer.conversation() + " (planner: " + answer.planner()
                + ")");
    }

    private static boolean isNumeric(Answer answer, String column) {
        return answer.table().rows().stream().map((Map<String, Object> row) -> row.get(column))
                .allMatch(value -> value instanceof Number);
    }
}
