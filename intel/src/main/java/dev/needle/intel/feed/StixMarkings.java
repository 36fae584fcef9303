package dev.needle.intel.feed;

import com.fasterxml.jackson.databind.JsonNode;
import dev.needle.intel.Tlp;
import java.util.Map;
import java.util.Optional;

/**
 * TLP from STIX marking definitions: the fixed ids of TLP 1.0 (STIX 2.0 and 2.1) and TLP 2.0
 * (the OASIS extension), and definitions in the bundle itself. Statement and other markings
 * carry no TLP; granular markings are not read.
 */
final class StixMarkings {

    private static final Map<String, Tlp> FIXED = Map.of(
            "marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9", Tlp.CLEAR,
            "marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da", Tlp.GREEN,
            "marking-definition--f88d31f6-486f-44da-b317-01333bde0b82", Tlp.AMBER,
            "marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed", Tlp.RED,
            "marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487", Tlp.CLEAR,
            "marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb", Tlp.GREEN,
            "marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421", Tlp.AMBER,
            "marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003", Tlp.AMBER_STRICT,
            "marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1", Tlp.RED);

    private StixMarkings() {
    }

    /** The TLP of a well-known marking-definition id. */
    static Optional<Tlp> fixed(String id) {
        return Optional.ofNullable(FIXED.get(id));
    }

    /** The TLP a marking-definition object states, if it states one. */
    static Optional<Tlp> of(JsonNode definition) {
        Optional<Tlp> known = fixed(JsonInput.text(definition, "id"));
        if (known.isPresent()) {
            return known;
        }
        JsonNode body = definition.path("definition");
        if (JsonInput.text(definition, "definition_type").equals("tlp")) {
            return parse(JsonInput.text(body, "tlp"));
        }
        for (JsonNode extension : definition.path("extensions")) {
            Optional<Tlp> tlp = parse(JsonInput.text(extension, "tlp_2_0"));
            if (tlp.isPresent()) {
                return tlp;
            }
        }
        String name = JsonInput.text(definition, "name");
        return name.regionMatches(true, 0, "TLP:", 0, 4) ? parse(name) : Optional.empty();
    }

    private static Optional<Tlp> parse(String text) {
        try {
            return text.isBlank() ? Optional.empty() : Optional.of(Tlp.parse(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
