package dev.needle.intel.service;

import java.util.Objects;
import java.util.Set;

/**
 * Who is asking: an organisation and the scopes of the token it presented. Obtain one from
 * {@link IntelService#authenticate(String)}; the service checks every call against it.
 *
 * @param organisation the organisation's name
 * @param scopes what the token allows
 */
public record Principal(String organisation, Set<Scope> scopes) {

    public Principal {
        Objects.requireNonNull(organisation, "organisation");
        scopes = Set.copyOf(scopes);
    }

    /** Whether one of the scopes includes {@code needed}. */
    public boolean can(Scope needed) {
        for (Scope scope : scopes) {
            if (scope.includes(needed)) {
                return true;
            }
        }
        return false;
    }
}
