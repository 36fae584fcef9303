package dev.needle.intel;

import java.util.Locale;

/** Lockheed Martin's seven kill-chain stages, in order. */
public enum KillChainStage {
    RECONNAISSANCE(1, "reconnaissance"),
    WEAPONIZATION(2, "weaponization"),
    DELIVERY(3, "delivery"),
    EXPLOITATION(4, "exploitation"),
    INSTALLATION(5, "installation"),
    COMMAND_AND_CONTROL(6, "command-and-control"),
    ACTIONS_ON_OBJECTIVES(7, "actions-on-objectives");

    private final int number;
    private final String label;

    KillChainStage(int number, String label) {
        this.number = number;
        this.label = label;
    }

    /** 1 for reconnaissance through 7 for actions on objectives. */
    public int number() {
        return number;
    }

    /** The phase name as STIX kill-chain phases write it, such as {@code command-and-control}. */
    public String label() {
        return label;
    }

    /** Parses a label, an enum name or a number 1 to 7; spaces and underscores are dashes. */
    public static KillChainStage parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
        for (KillChainStage stage : values()) {
            if (stage.label.equals(t) || String.valueOf(stage.number).equals(t)) {
                return stage;
            }
        }
        if (t.equals("weaponisation")) {
            return WEAPONIZATION;
        }
        if (t.equals("c2") || t.equals("command-control")) {
            return COMMAND_AND_CONTROL;
        }
        if (t.equals("actions") || t.equals("act-on-objectives")) {
            return ACTIONS_ON_OBJECTIVES;
        }
        throw new IllegalArgumentException("unknown kill-chain stage '" + text + "'; expected"
                + " reconnaissance, weaponization, delivery, exploitation, installation,"
                + " command-and-control, actions-on-objectives or 1 to 7");
    }
}
