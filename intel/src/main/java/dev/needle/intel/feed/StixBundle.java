package dev.needle.intel.feed;

import java.util.List;
import java.util.Map;

/**
 * A STIX bundle as import keeps it.
 *
 * @param id the bundle id, or an empty string
 * @param specVersion {@code 2.0} or {@code 2.1}
 * @param objects every object but relationships, in bundle order
 * @param byId the same objects by id
 * @param relationships the relationship objects
 */
record StixBundle(String id, String specVersion, List<StixObject> objects,
        Map<String, StixObject> byId, List<Relationship> relationships) {

    /** A relationship: {@code source} {@code type} {@code target}, such as indicates. */
    record Relationship(String type, String source, String target) {
    }
}
