package dev.needle.analyst;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one tool call of an answer did: the call, how many rows or events it looked at, how long
 * it took, how its arguments were read, and the error when it failed.
 */
public record Evidence(ToolCall call, long rowsConsidered, long millis, List<String> details,
        Optional<String> error) {

    public Evidence {
        Objects.requireNonNull(call, "call");
        details = List.copyOf(details);
        Objects.requireNonNull(error, "error");
    }
}
