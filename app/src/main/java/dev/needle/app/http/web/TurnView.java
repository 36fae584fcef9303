package dev.needle.app.http.web;

import com.fasterxml.jackson.databind.JsonNode;
import dev.needle.analyst.Answer;
import dev.needle.analyst.AnswerJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One question and its answer as the analyst page shows them, read from the answer's JSON form,
 * which is also how conversations are stored. Every text here comes from the user, logs or
 * feeds: the templates escape it. A table shows its first {@value #MAX_ROWS} rows.
 *
 * @param conversation the conversation's id
 * @param question the question as asked
 * @param intent what the question was taken to ask
 * @param text the answer in words
 * @param notes remarks for the user
 * @param columns the table's columns
 * @param rows the rows shown, each a cell per column
 * @param moreRows how many rows of the table are not shown
 * @param evidence the tool calls that ran
 * @param planner which planner made the plan
 */
public record TurnView(String conversation, String question, String intent, String text,
        List<String> notes, List<String> columns, List<List<Cell>> rows, int moreRows,
        List<EvidenceView> evidence, String planner) {

    /** The most rows a turn shows; the API gives them all. */
    static final int MAX_ROWS = 100;

    public TurnView {
        notes = List.copyOf(notes);
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
        evidence = List.copyOf(evidence);
    }

    /** A table cell: its text, and whether it is a number (shown aligned right). */
    public record Cell(String text, boolean numeric) {
    }

    /**
     * One tool call: its name, its arguments as {@code name=value}, the rows it looked at, how
     * long it took, how its arguments were read, and why it failed if it did.
     */
    public record EvidenceView(String tool, List<String> args, long rows, long millis,
            List<String> details, Optional<String> error) {

        public EvidenceView {
            args = List.copyOf(args);
            details = List.copyOf(details);
        }
    }

    /** The view of a fresh answer. */
    static TurnView of(Answer answer) {
        return of(AnswerJson.MAPPER.valueToTree(AnswerJson.of(answer)));
    }

    /** The view of a stored answer, as {@link dev.needle.analyst.Analyst#history} gives it. */
    static TurnView parse(String stored) {
        try {
            return of(AnswerJson.MAPPER.readTree(stored));
        } catch (IOException e) {
            throw new UncheckedIOException("a stored answer is not JSON", e);
        }
    }

    private static TurnView of(JsonNode answer) {
        List<String> columns = texts(answer.path("table").path("columns"));
        JsonNode table = answer.path("table").path("rows");
        List<List<Cell>> rows = new ArrayList<>();
        for (int i = 0; i < table.size() && i < MAX_ROWS; i++) {
            JsonNode row = table.get(i);
            rows.add(columns.stream().map(column -> cell(row.path(column))).toList());
        }
        List<EvidenceView> evidence = new ArrayList<>();
        answer.path("evidence").forEach(call -> evidence.add(evidence(call)));
        return new TurnView(answer.path("conversation").asText(),
                answer.path("question").asText(), answer.path("intent").asText(),
                answer.path("text").asText(), texts(answer.path("notes")), columns, rows,
                Math.max(0, table.size() - MAX_ROWS), evidence, answer.path("planner").asText());
    }

    private static Cell cell(JsonNode value) {
        if (value.isBoolean()) {
            return new Cell(value.booleanValue() ? "yes" : "no", false);
        }
        return new Cell(value.asText(), value.isNumber());
    }

    private static EvidenceView evidence(JsonNode call) {
        List<String> args = new ArrayList<>();
        call.path("args").properties().forEach(arg ->
                args.add(arg.getKey() + "=" + arg.getValue().asText()));
        Optional<String> error = call.hasNonNull("error")
                ? Optional.of(call.get("error").asText()) : Optional.empty();
        return new EvidenceView(call.path("tool").asText(), args, call.path("rows").asLong(),
                call.path("millis").asLong(), texts(call.path("details")), error);
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.asText()));
        return texts;
    }
}
