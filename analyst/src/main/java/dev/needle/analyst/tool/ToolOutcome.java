package dev.needle.analyst.tool;

import dev.needle.analyst.conversation.Entities;
import java.util.List;
import java.util.Objects;

/**
 * What one tool call found.
 *
 * @param text a sentence or two for the user
 * @param table the rows behind the text
 * @param named the entities a follow-up may refer to ("these IPs", "that actor")
 * @param rowsConsidered how many traffic rows or events the tool looked at
 * @param details how the arguments were read, such as the absolute time range used
 */
public record ToolOutcome(String text, Table table, Entities named, long rowsConsidered,
        List<String> details) {

    public ToolOutcome {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(named, "named");
        details = List.copyOf(details);
    }
}
