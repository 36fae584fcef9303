package dev.needle.intel.internal.store;

/**
 * What a write did.
 *
 * @param added events that were new
 * @param replaced events that replaced a stored one with the same id
 */
public record WriteCounts(int added, int replaced) {
}
