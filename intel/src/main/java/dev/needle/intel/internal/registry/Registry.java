package dev.needle.intel.internal.registry;

import dev.needle.intel.internal.store.Tables;
import dev.needle.intel.service.ApiToken;
import dev.needle.intel.service.Dataset;
import dev.needle.intel.service.IntelStoreException;
import dev.needle.intel.service.Organisation;
import dev.needle.intel.service.Principal;
import dev.needle.intel.service.Scope;
import dev.needle.intel.service.Sharing;
import dev.needle.intel.service.Visibility;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * Organisations, tokens, datasets and sharing, read from their tables on every call so that
 * several nodes sharing a PostgreSQL registry agree on who may see what. Database failures
 * leave as {@link IntelStoreException}.
 */
public final class Registry {

    private final Jdbi jdbi;
    private final Tables tables;

    public Registry(Jdbi jdbi, Tables tables) {
        this.jdbi = jdbi;
        this.tables = tables;
    }

    /** Adds an organisation; fails when the name is taken. */
    public Organisation addOrganisation(String name, Instant now) {
        Organisation organisation = new Organisation(name, now);
        inTransaction("add organisation '" + name + "'", handle -> {
            if (organisationExists(handle, name)) {
                throw new IllegalArgumentException("organisation '" + name + "' exists already");
            }
            return handle.createUpdate("INSERT INTO " + tables.of("organisations")
                    + " (name, created_ms) VALUES (:name, :created)")
                    .bind("name", name).bind("created", now.toEpochMilli()).execute();
        });
        return organisation;
    }

    /** Whether an organisation of this name exists. */
    public boolean organisationExists(String name) {
        return withHandle("look up organisation '" + name + "'",
                handle -> organisationExists(handle, name));
    }

    /** Stores a token under the SHA-256 of its secret. */
    public void addToken(ApiToken token, String sha256) {
        withHandle("store token " + token.id(), handle -> handle.createUpdate("INSERT INTO "
                + tables.of("tokens") + " (id, organisation, sha256, scopes, label, created_ms)"
                + " VALUES (:id, :organisation, :sha256, :scopes, :label, :created)")
                .bind("id", token.id())
                .bind("organisation", token.organisation())
                .bind("sha256", sha256)
                .bind("scopes", token.scopes().stream().map(Scope::label).sorted()
                        .collect(Collectors.joining(",")))
                .bind("label", token.label())
                .bind("created", token.createdAt().toEpochMilli())
                .execute());
    }

    /** The principal of the active token with this SHA-256. */
    public Optional<Principal> principalFor(String sha256) {
        return withHandle("look up a token", handle -> handle.createQuery("SELECT organisation,"
                + " scopes FROM " + tables.of("tokens")
                + " WHERE sha256 = :sha256 AND revoked_ms IS NULL")
                .bind("sha256", sha256)
                .map((rs, ctx) -> new Principal(rs.getString(1), scopes(rs.getString(2))))
                .findOne());
    }

    /** Revokes an active token; returns whether there was one. */
    public boolean revokeToken(String id, Instant now) {
        return withHandle("revoke token " + id, handle -> handle.createUpdate("UPDATE "
                + tables.of("tokens") + " SET revoked_ms = :now"
                + " WHERE id = :id AND revoked_ms IS NULL")
                .bind("now", now.toEpochMilli()).bind("id", id).execute()) > 0;
    }

    /** Registers a dataset whose store exists; fails when the name is taken. */
    public void addDataset(Dataset dataset) {
        inTransaction("register dataset '" + dataset.name() + "'", handle -> {
            handle.createUpdate("INSERT INTO " + tables.of("datasets") + " (id, name, owner,"
                    + " visibility, extra_fields, decay, created_ms) VALUES (:id, :name, :owner,"
                    + " :visibility, :fields, :decay, :created)")
                    .bind("id", dataset.id())
                    .bind("name", dataset.name())
                    .bind("owner", dataset.owner())
                    .bind("visibility", dataset.sharing().visibility().label())
                    .bind("fields", DatasetCodec.fields(dataset.extraFields()))
                    .bind("decay", DatasetCodec.decay(dataset.decay()))
                    .bind("created", dataset.createdAt().toEpochMilli())
                    .execute();
            return insertPartners(handle, dataset.id(), dataset.sharing());
        });
    }

    /** Whether a dataset of this name exists, whoever owns it. */
    public boolean datasetExists(String name) {
        return withHandle("look up dataset '" + name + "'", handle -> handle.createQuery(
                "SELECT COUNT(*) FROM " + tables.of("datasets") + " WHERE name = :name")
                .bind("name", name).mapTo(Integer.class).one()) > 0;
    }

    /** Every dataset, by name, with its partners. */
    public List<Dataset> datasets() {
        return withHandle("list datasets", handle -> {
            Map<String, Set<String>> partners = new HashMap<>();
            handle.createQuery("SELECT dataset_id, organisation FROM "
                    + tables.of("dataset_partners"))
                    .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2)))
                    .forEach(e -> partners.computeIfAbsent(e.getKey(), k -> new HashSet<>())
                            .add(e.getValue()));
            return handle.createQuery("SELECT id, name, owner, visibility, extra_fields, decay,"
                    + " created_ms FROM " + tables.of("datasets") + " ORDER BY name")
                    .map((rs, ctx) -> new Dataset(rs.getString("id"), rs.getString("name"),
                            rs.getString("owner"),
                            new Sharing(Visibility.parse(rs.getString("visibility")),
                                    partners.getOrDefault(rs.getString("id"), Set.of())),
                            DatasetCodec.fields(rs.getString("extra_fields")),
                            DatasetCodec.decay(rs.getString("decay")),
                            Instant.ofEpochMilli(rs.getLong("created_ms"))))
                    .list();
        });
    }

    /** Replaces who may read a dataset. */
    public void changeSharing(String datasetId, Sharing sharing) {
        inTransaction("change the sharing of dataset " + datasetId, handle -> {
            handle.createUpdate("UPDATE " + tables.of("datasets") + " SET visibility ="
                    + " :visibility WHERE id = :id")
                    .bind("visibility", sharing.visibility().label()).bind("id", datasetId)
                    .execute();
            handle.createUpdate("DELETE FROM " + tables.of("dataset_partners")
                    + " WHERE dataset_id = :id").bind("id", datasetId).execute();
            return insertPartners(handle, datasetId, sharing);
        });
    }

    private int insertPartners(Handle handle, String datasetId, Sharing sharing) {
        int added = 0;
        for (String partner : sharing.partners().stream().sorted().toList()) {
            if (!organisationExists(handle, partner)) {
                throw new IllegalArgumentException("partner organisation '" + partner
                        + "' does not exist");
            }
            added += handle.createUpdate("INSERT INTO " + tables.of("dataset_partners")
                    + " (dataset_id, organisation) VALUES (:id, :organisation)")
                    .bind("id", datasetId).bind("organisation", partner).execute();
        }
        return added;
    }

    private boolean organisationExists(Handle handle, String name) {
        return handle.createQuery("SELECT COUNT(*) FROM " + tables.of("organisations")
                + " WHERE name = :name").bind("name", name).mapTo(Integer.class).one() > 0;
    }

    private <T> T withHandle(String what, HandleCallback<T, RuntimeException> work) {
        try {
            return jdbi.withHandle(work);
        } catch (JdbiException e) {
            throw new IntelStoreException("registry: cannot " + what + ": " + e.getMessage(), e);
        }
    }

    private <T> T inTransaction(String what, HandleCallback<T, RuntimeException> work) {
        try {
            return jdbi.inTransaction(work);
        } catch (JdbiException e) {
            throw new IntelStoreException("registry: cannot " + what + ": " + e.getMessage(), e);
        }
    }

    private static Set<Scope> scopes(String stored) {
        return Arrays.stream(stored.split(",")).map(Scope::parse).collect(Collectors.toSet());
    }
}
