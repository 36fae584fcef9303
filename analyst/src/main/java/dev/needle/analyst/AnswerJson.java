package dev.needle.analyst;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON form of an answer, shared by {@code needle ask --json}, the REST API and the stored
 * conversation: {@code conversation}, {@code question}, {@code intent}, {@code text},
 * {@code planner}, {@code notes}, {@code table} ({@code columns} and {@code rows}) and
 * {@code evidence} (each {@code tool}, {@code args}, {@code rows}, {@code millis},
 * {@code details} and, when it failed, {@code error}).
 */
public final class AnswerJson {

    /** The mapper answers are written with. */
    public static final ObjectMapper MAPPER = new ObjectMapper()
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    private AnswerJson() {
    }

    /** The answer as maps and lists, ready for a JSON writer. */
    public static Map<String, Object> of(Answer answer) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("conversation", answer.conversation());
        json.put("question", answer.question());
        json.put("intent", answer.intent().label());
        json.put("text", answer.text());
        json.put("planner", answer.planner());
        json.put("notes", answer.notes());
        Map<String, Object> table = new LinkedHashMap<>();
        table.put("columns", answer.table().columns());
        table.put("rows", answer.table().rows());
        json.put("table", table);
        List<Map<String, Object>> evidence = new ArrayList<>();
        for (Evidence one : answer.evidence()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("tool", one.call().tool());
            item.put("args", one.call().args());
            item.put("rows", one.rowsConsidered());
            item.put("millis", one.millis());
            item.put("details", one.details());
            one.error().ifPresent(error -> item.put("error", error));
            evidence.add(item);
        }
        json.put("evidence", evidence);
        return json;
    }
}
