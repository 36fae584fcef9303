/**
 * The implementation of {@link dev.needle.intel.service.IntelService}; other modules use the
 * service interface, never these classes.
 */
package dev.needle.intel.internal;
