package dev.needle.intel.export;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.needle.intel.Tlp;
import java.util.Locale;

/**
 * The TLP 2.0 marking definitions as OASIS publishes them for STIX 2.1.
 *
 * <p>STIX 2.1 itself predefines only TLP 1.0 markings. TLP 2.0 comes as a property extension
 * ({@value #EXTENSION_ID}) with one fixed marking-definition object per level; their ids, names
 * and creation time below are the published ones, so any STIX consumer that knows TLP 2.0
 * recognises them by id.
 */
public final class TlpMarking {

    /** The id of OASIS's TLP 2.0 extension definition. */
    public static final String EXTENSION_ID =
            "extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d";

    private static final String CREATED = "2022-10-01T00:00:00.000Z";

    private TlpMarking() {
    }

    /** The marking-definition id of {@code tlp}. */
    public static String id(Tlp tlp) {
        return switch (tlp) {
            case CLEAR -> "marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487";
            case GREEN -> "marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb";
            case AMBER -> "marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421";
            case AMBER_STRICT -> "marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003";
            case RED -> "marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1";
        };
    }

    /** The marking-definition object of {@code tlp}. */
    static ObjectNode definition(Tlp tlp) {
        ObjectNode marking = JsonNodeFactory.instance.objectNode();
        marking.put("type", "marking-definition");
        marking.put("spec_version", "2.1");
        marking.put("id", id(tlp));
        marking.put("created", CREATED);
        marking.put("name", "TLP:" + tlp.label().toUpperCase(Locale.ROOT));
        ObjectNode extension = marking.putObject("extensions").putObject(EXTENSION_ID);
        extension.put("extension_type", "property-extension");
        extension.put("tlp_2_0", tlp.label());
        return marking;
    }
}
