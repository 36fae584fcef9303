/** Organisations, tokens, datasets and sharing, as stored in the registry. Internal. */
package dev.needle.intel.internal.registry;
