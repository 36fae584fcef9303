package dev.needle.intel.export;

import dev.needle.core.indicator.IndicatorType;
import java.util.Objects;

/**
 * What exporters need beyond the events.
 *
 * @param producerName the organisation named as the creator of STIX objects
 * @param blocklistType the indicator type a plain blocklist holds
 * @param suricataSidBase the first Suricata signature id; rules count up from it
 */
public record ExportSettings(String producerName, IndicatorType blocklistType,
        long suricataSidBase) {

    /** The first sid of Needle's default range, inside the range set aside for local rules. */
    public static final long DEFAULT_SID_BASE = 1_860_000L;

    public ExportSettings {
        Objects.requireNonNull(producerName, "producerName");
        Objects.requireNonNull(blocklistType, "blocklistType");
        if (producerName.isBlank()) {
            throw new IllegalArgumentException("producer name must not be blank");
        }
        SuricataRuleExporter.checkSidBase(suricataSidBase);
    }

    /** Producer {@code Needle}, an IPv4 blocklist and the default sid base. */
    public static ExportSettings defaults() {
        return new ExportSettings("Needle", IndicatorType.IPV4, DEFAULT_SID_BASE);
    }

    /** These settings with another producer name. */
    public ExportSettings withProducerName(String name) {
        return new ExportSettings(name, blocklistType, suricataSidBase);
    }

    /** These settings with another blocklist type. */
    public ExportSettings withBlocklistType(IndicatorType type) {
        return new ExportSettings(producerName, type, suricataSidBase);
    }

    /** These settings with another first Suricata sid. */
    public ExportSettings withSuricataSidBase(long sidBase) {
        return new ExportSettings(producerName, blocklistType, sidBase);
    }
}
