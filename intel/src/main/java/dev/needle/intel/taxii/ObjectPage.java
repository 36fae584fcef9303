package dev.needle.intel.taxii;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One page of a collection's objects, each with the time its event was added.
 *
 * @param objects the objects, in added order
 * @param next the token for the following page, empty on the last page
 */
record ObjectPage(List<Entry> objects, Optional<String> next) {

    ObjectPage {
        objects = List.copyOf(objects);
    }

    /** A STIX object and the time its event was added to the dataset. */
    record Entry(ObjectNode object, Instant added) {
    }
}
