package dev.needle.intel.feed;

import dev.needle.core.indicator.IndicatorType;

/**
 * A value a STIX object names as an observable, with the type Needle reads it as.
 *
 * @param type the indicator type
 * @param raw the value as written
 * @param path where in the object it was: a pattern path or a property
 */
record StixValue(IndicatorType type, String raw, String path) {
}
