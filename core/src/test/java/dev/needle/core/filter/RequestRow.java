package dev.needle.core.filter;

import dev.needle.core.net.IpAddress;

/**
 * One access-log row of the test table; a null component is a NULL column.
 *
 * @param id the row id that assertions name
 * @param ip the client address, null when the log had none that parsed
 * @param path the request path
 * @param status the status code
 * @param ua the user agent
 * @param country the country code
 * @param asn the autonomous system number
 */
record RequestRow(int id, IpAddress ip, String path, Long status, String ua, String country,
        Long asn) {

    /** The value of a field as the filter sees it, or null. */
    Object value(FieldSpec field) {
        return switch (field.name()) {
            case "ip" -> ip;
            case "path" -> path;
            case "status" -> status;
            case "ua" -> ua;
            case "country" -> country;
            case "asn" -> asn;
            default -> throw new IllegalArgumentException("no column for " + field.name());
        };
    }
}
