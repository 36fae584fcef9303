package dev.needle.intel.service;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * A dataset: the unit of storage, access and sharing. A partner sees the dataset as shared
 * with itself only; the full partner list is the owner's business.
 *
 * @param id the storage id: the file name or schema name is derived from it
 * @param name the unique name users address it by
 * @param owner the organisation that owns it and alone may write it
 * @param sharing who besides the owner may read it
 * @param extraFields its searchable fields beyond the built-in ones
 * @param decay how its indicator scores fade
 * @param createdAt when it was created
 */
public record Dataset(String id, String name, String owner, Sharing sharing,
        Map<String, FieldType> extraFields, DecayPolicy decay, Instant createdAt) {

    public Dataset {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(sharing, "sharing");
        extraFields = Map.copyOf(extraFields);
        Objects.requireNonNull(decay, "decay");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** Whether {@code organisation} may read this dataset. */
    public boolean readableBy(String organisation) {
        return owner.equals(organisation) || sharing.admits(organisation);
    }

    /** This dataset as {@code organisation} may see it: other partners hidden from partners. */
    public Dataset seenBy(String organisation) {
        if (owner.equals(organisation) || sharing.visibility() != Visibility.SHARED) {
            return this;
        }
        return withSharing(Sharing.withPartners(organisation));
    }

    /** This dataset with other sharing. */
    public Dataset withSharing(Sharing newSharing) {
        return new Dataset(id, name, owner, newSharing, extraFields, decay, createdAt);
    }
}
