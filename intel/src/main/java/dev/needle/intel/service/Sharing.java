package dev.needle.intel.service;

import java.util.Objects;
import java.util.Set;

/**
 * Who besides the owner may read a dataset. Partners only ever read; only the owner writes.
 *
 * @param visibility private, shared or public
 * @param partners the organisations a shared dataset is shared with; empty otherwise
 */
public record Sharing(Visibility visibility, Set<String> partners) {

    public Sharing {
        Objects.requireNonNull(visibility, "visibility");
        partners = Set.copyOf(partners);
        partners.forEach(Organisation::requireValidName);
        if (visibility == Visibility.SHARED && partners.isEmpty()) {
            throw new IllegalArgumentException("a shared dataset needs at least one partner");
        }
        if (visibility != Visibility.SHARED && !partners.isEmpty()) {
            throw new IllegalArgumentException("a " + visibility.label()
                    + " dataset has no partners; got " + partners);
        }
    }

    /** Readable by the owner only. */
    public static Sharing privately() {
        return new Sharing(Visibility.PRIVATE, Set.of());
    }

    /** Readable by the owner and these organisations. */
    public static Sharing withPartners(String... partners) {
        return new Sharing(Visibility.SHARED, Set.of(partners));
    }

    /** Readable by every organisation. */
    public static Sharing publicly() {
        return new Sharing(Visibility.PUBLIC, Set.of());
    }

    /** Whether {@code organisation}, which does not own the dataset, may read it. */
    public boolean admits(String organisation) {
        return visibility == Visibility.PUBLIC || partners.contains(organisation);
    }
}
