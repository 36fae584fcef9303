package dev.needle.intel.service;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * What is known about an issued token, without the token itself (only its SHA-256 is stored).
 *
 * @param id a public handle to revoke the token by
 * @param organisation the organisation the token acts for
 * @param scopes what it allows
 * @param label a note on what the token is for
 * @param createdAt when it was issued
 */
public record ApiToken(String id, String organisation, Set<Scope> scopes, String label,
        Instant createdAt) {

    public ApiToken {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organisation, "organisation");
        scopes = Set.copyOf(scopes);
        label = Objects.requireNonNullElse(label, "");
        Objects.requireNonNull(createdAt, "createdAt");
        if (scopes.isEmpty()) {
            throw new IllegalArgumentException("token " + id + " has no scope");
        }
    }
}
