package dev.needle.app.http.web;

import java.util.List;
import java.util.Optional;

/**
 * What the analyst page shows.
 *
 * @param conversation the conversation the next question continues; empty for a new one
 * @param turns its questions and answers, oldest first
 * @param prepared the question ready in the form, such as an "Ask about this" link brings
 * @param problem why the last request could not be answered, if it could not
 */
public record AnalystView(Optional<String> conversation, List<TurnView> turns, String prepared,
        Optional<String> problem) {

    public AnalystView {
        turns = List.copyOf(turns);
    }
}
