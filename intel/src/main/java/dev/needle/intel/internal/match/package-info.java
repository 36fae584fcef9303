/** The in-memory indicator index behind matching. Internal. */
package dev.needle.intel.internal.match;
