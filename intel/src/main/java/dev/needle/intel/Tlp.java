package dev.needle.intel;

import java.util.Locale;

/** Traffic Light Protocol 2.0 markings, least restrictive first. */
public enum Tlp {
    CLEAR("clear"),
    GREEN("green"),
    AMBER("amber"),
    AMBER_STRICT("amber+strict"),
    RED("red");

    private final String label;

    Tlp(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether data so marked may leave to an organisation that has no access to its dataset. */
    public boolean releasableOutside() {
        return this == CLEAR || this == GREEN;
    }

    /**
     * Parses {@code clear}, {@code green}, {@code amber}, {@code amber+strict}, {@code red};
     * TLP 1.0's {@code white} reads as clear, and a {@code tlp:} prefix is ignored. A space or
     * underscore may stand for the plus, as in {@code AMBER_STRICT} or a URL query's
     * {@code amber+strict} decoded to {@code amber strict}.
     */
    public static Tlp parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT).replace(' ', '+').replace('_', '+');
        if (t.startsWith("tlp:")) {
            t = t.substring(4);
        }
        if (t.equals("white")) {
            return CLEAR;
        }
        for (Tlp tlp : values()) {
            if (tlp.label.equals(t)) {
                return tlp;
            }
        }
        throw new IllegalArgumentException("unknown TLP '" + text
                + "'; expected clear, green, amber, amber+strict or red");
    }
}
