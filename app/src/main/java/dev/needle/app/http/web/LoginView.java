package dev.needle.app.http.web;

import java.util.Optional;

/**
 * What the login page shows: the form, why the last token was refused if it was, and the path
 * of this site to return to once logged in (empty for the intel pages).
 */
public record LoginView(Optional<String> problem, String next) {
}
