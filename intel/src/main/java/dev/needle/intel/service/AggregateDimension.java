package dev.needle.intel.service;

/** What events can be counted by. */
public enum AggregateDimension {
    ATTACKER("attacker"),
    CATEGORY("category"),
    TARGET_COUNTRY("targetCountry"),
    TARGET_INDUSTRY("targetIndustry"),
    /** An ATT&CK technique id; an event with several counts once for each. */
    TECHNIQUE("technique"),
    /** The kill-chain stage label, such as {@code delivery}. */
    KILL_CHAIN_STAGE("killChainStage");

    private final String apiName;

    AggregateDimension(String apiName) {
        this.apiName = apiName;
    }

    /** The name the API uses. */
    public String apiName() {
        return apiName;
    }

    /** Parses a dimension by its API name. */
    public static AggregateDimension parse(String text) {
        for (AggregateDimension dimension : values()) {
            if (dimension.apiName.equalsIgnoreCase(text.strip())) {
                return dimension;
            }
        }
        throw new IllegalArgumentException("unknown dimension '" + text + "'; expected attacker,"
                + " category, targetCountry, targetIndustry, technique or killChainStage");
    }
}
