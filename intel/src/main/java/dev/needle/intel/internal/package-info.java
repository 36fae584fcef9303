/**
 * Building blocks the intel part shares between its packages; not an API for other parts.
 */
package dev.needle.intel.internal;
