/** Queries over several dataset stores: fan-out, merge, cursors, pivots, graphs. Internal. */
package dev.needle.intel.internal.query;
