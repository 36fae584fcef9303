package dev.needle.app.http.web;

import java.util.Optional;

/** What the login page shows: the form, and why the last token was refused if it was. */
public record LoginView(Optional<String> problem) {
}
