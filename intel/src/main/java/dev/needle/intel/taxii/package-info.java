/**
 * The logic of a read-only TAXII 2.1 server, free of any HTTP framework: discovery, one API
 * root, one collection per dataset the caller can read, and each collection's objects and
 * manifest with {@code added_after}, {@code limit}, {@code next} and {@code match[...]}.
 *
 * <p>{@link dev.needle.intel.taxii.TaxiiServer} answers with
 * {@link dev.needle.intel.taxii.TaxiiResponse} values (status, headers, JSON body) that a web
 * layer copies onto its response. The caller's access is the web layer's business: it hands in
 * a {@link dev.needle.intel.taxii.TaxiiSource} that yields only what the caller may read, so a
 * collection the caller cannot read does not exist for that caller.
 */
package dev.needle.intel.taxii;
