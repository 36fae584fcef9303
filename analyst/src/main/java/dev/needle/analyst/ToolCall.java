package dev.needle.analyst;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One operation a plan runs: a tool name and its arguments as text, in the canonical forms that
 * docs/analyst.md lists. An argument without a value is absent, never empty.
 *
 * @param tool the tool's name, such as {@code traffic_top}
 * @param args argument names to values, sorted by name
 */
public record ToolCall(String tool, SortedMap<String, String> args) {

    public ToolCall {
        Objects.requireNonNull(tool, "tool");
        TreeMap<String, String> copy = new TreeMap<>();
        args.forEach((name, value) -> {
            if (value != null && !value.isBlank()) {
                copy.put(name, value);
            }
        });
        args = java.util.Collections.unmodifiableSortedMap(copy);
    }

    /** A call with these arguments; null or blank values are dropped. */
    public static ToolCall of(String tool, Map<String, String> args) {
        return new ToolCall(tool, new TreeMap<>(args));
    }

    /** A call without arguments. */
    public static ToolCall of(String tool) {
        return new ToolCall(tool, new TreeMap<>());
    }

    /** An argument's value, if the call has it. */
    public Optional<String> arg(String name) {
        return Optional.ofNullable(args.get(name));
    }

    /** This call with one argument set, or removed when {@code value} is empty. */
    public ToolCall with(String name, Optional<String> value) {
        TreeMap<String, String> more = new TreeMap<>(args);
        value.ifPresentOrElse(v -> more.put(name, v), () -> more.remove(name));
        return new ToolCall(tool, more);
    }

    /** This call with one argument set. */
    public ToolCall with(String name, String value) {
        return with(name, Optional.of(value));
    }

    /** The call as it is shown in evidence: {@code traffic_top(field=ip, limit=5)}. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(tool).append('(');
        args.forEach((name, value) -> {
            if (text.charAt(text.length() - 1) != '(') {
                text.append(", ");
            }
            text.append(name).append('=').append(value);
        });
        return text.append(')').toString();
    }
}
