/**
 * The intel service: threat events kept in datasets, searched, counted, pivoted, graphed and
 * matched, with organisations, tokens and sharing deciding who sees what.
 *
 * <h2>Storage</h2>
 *
 * <p>A dataset is the unit of storage, access and sharing. In the embedded default
 * ({@link IntelService#openEmbedded}) the data directory holds:
 *
 * <pre>
 * &lt;data&gt;/intel/registry.sqlite             organisations, tokens, datasets, partners
 * &lt;data&gt;/intel/datasets/&lt;id&gt;.sqlite       one dataset's events (WAL mode)
 * </pre>
 *
 * <p>In the PostgreSQL server mode ({@link IntelService#openPostgres}, settings from
 * {@link PostgresSettings#fromDbUrl}) the registry is the schema {@code needle_registry} and
 * each dataset the schema {@code needle_ds_<id>}. Both are migrated by Flyway. A dataset's
 * events table has a column per searchable field, JSON for the indicator, technique, tag and
 * related-event lists and the source's own metadata, and child tables of indicators
 * {@code (event_id, type, value)} indexed by {@code (type, value)}, techniques and tags. The
 * extra fields a dataset declares become columns {@code x_<field>} at creation.
 *
 * <h2>Queries over several datasets</h2>
 *
 * <p>A search runs one query per dataset store at once and merges their sorted results by key
 * (sort value, event id, dataset name). Pages are cut by key, never by offset, so a cursor stays
 * valid while events arrive. A store that fails is named in the result's {@link Completeness};
 * the others still answer. Dataset names are unique on a node, whoever owns them.
 *
 * <h2>Decay</h2>
 *
 * <p>An indicator's score is {@code confidence × 0.5^(age / halfLife)}, where age runs from the
 * event's last sighting (or its date) to now, and the half-life comes from the dataset's
 * {@link DecayPolicy} for the indicator's type. Matches below a rule's threshold are reported
 * as expired. {@link DecayPolicy#standard()} lists the defaults.
 *
 * <h2>Matching</h2>
 *
 * <p>{@link IntelService#match} and {@link IntelService#matcher} answer from an in-memory index
 * built from the stores when the service opens and rebuilt per dataset after each import: IPv4
 * addresses in a primitive open-addressing table, other indicators in a hash map, and addresses
 * inside stored CIDR blocks through a sorted array of disjoint ranges.
 */
package dev.needle.intel.service;
