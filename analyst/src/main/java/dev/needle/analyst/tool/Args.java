package dev.needle.analyst.tool;

import dev.needle.analyst.ToolCall;
import dev.needle.traffic.TrafficField;
import java.util.Optional;

/** Reads a call's arguments with errors that name the tool, the argument and its value. */
final class Args {

    private final ToolCall call;

    Args(ToolCall call) {
        this.call = call;
    }

    String tool() {
        return call.tool();
    }

    Optional<String> text(String name) {
        return call.arg(name);
    }

    String required(String name) {
        return call.arg(name).orElseThrow(() -> new ToolException(call.tool() + " needs the"
                + " argument " + name));
    }

    /** A whole number from 1 to {@code max}; {@code fallback} when absent. */
    int limit(int fallback, int max) {
        Optional<String> text = call.arg("limit");
        if (text.isEmpty()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text.get().strip());
            if (value >= 1 && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below with the allowed range
        }
        throw ToolException.badArgument(call.tool(), "limit", text.get(), "must be a whole"
                + " number from 1 to " + max);
    }

    TrafficField field(String name) {
        String value = required(name);
        try {
            return TrafficField.parse(value);
        } catch (IllegalArgumentException e) {
            throw ToolException.badArgument(call.tool(), name, value, e.getMessage());
        }
    }
}
