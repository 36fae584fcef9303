/**
 * Writers that turn threat events into the formats defenders load elsewhere: a STIX 2.1 bundle,
 * CSV, plain blocklists, nginx {@code geo} and {@code deny} files, Suricata rules and a Zeek
 * intel file.
 *
 * <p>Every writer takes events that the caller has already filtered for access and streams its
 * output, keeping at most the distinct values a format must sort or deduplicate. Event text and
 * indicator values are treated as hostile: each format quotes or escapes what it carries, and an
 * indicator whose value does not have the shape of its type is skipped and reported in the
 * {@link dev.needle.intel.export.ExportSummary}, never written.
 */
package dev.needle.intel.export;
