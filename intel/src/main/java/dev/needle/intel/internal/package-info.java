/**
 * The implementation of {@link dev.needle.intel.service.IntelService} and building blocks the
 * intel part shares between its packages; other modules use the service interface, never these
 * classes.
 */
package dev.needle.intel.internal;
