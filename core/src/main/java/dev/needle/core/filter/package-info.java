/**
 * Needle's filter language: {@link dev.needle.core.filter.FilterParser} reads expressions such
 * as {@code status >= 500 and ip in 10.0.0.0/8} into a {@link dev.needle.core.filter.Filter}
 * tree over the caller's {@link dev.needle.core.filter.FieldSpec}s, and
 * {@link dev.needle.core.filter.FilterCompiler} turns the tree into parametrised DuckDB SQL.
 */
package dev.needle.core.filter;
