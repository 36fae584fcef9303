/** Dataset stores and the registry's backends: SQLite files or PostgreSQL schemas. Internal. */
package dev.needle.intel.internal.store;
