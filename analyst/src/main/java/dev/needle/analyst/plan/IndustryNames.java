package dev.needle.analyst.plan;

import java.util.ArrayList;
import java.util.List;

/** The canonical industry names the analyst understands, for settings and validation. */
public final class IndustryNames {

    private IndustryNames() {
    }

    /** Every canonical name, lower case, in a fixed order. */
    public static List<String> all() {
        List<String> names = new ArrayList<>();
        Industries.names().forEach(names::add);
        return List.copyOf(names);
    }
}
