package dev.needle.traffic.internal.findings;

/**
 * What a spike can be about, with the SQL that lists its requests by bucket and that finds who
 * contributed to a spike. Paths and addresses are keyed by their ids in {@code requests}; ASNs
 * and countries through a join with {@code ips}, whose few rows make a cheap hash table (measured
 * faster than grouping by address first when addresses are many). Unknown ASNs (0) and countries
 * (empty) are left out: a spike of "unknown" says nothing about a network.
 */
enum SpikeSubject {
    PATH("path", "Path"),
    IP("ip", "IP"),
    ASN("asn", "AS"),
    COUNTRY("country", "Country");

    private static final String BUCKET = "(epoch_us(ts) - ?) // ?";

    private final String field;
    private final String noun;

    SpikeSubject(String field, String noun) {
        this.field = field;
        this.noun = noun;
    }

    /** The field name findings report, as {@code TrafficField} labels it. */
    String field() {
        return field;
    }

    /** How a sentence introduces a value, as in {@code Path /login}. */
    String noun() {
        return noun;
    }

    /**
     * A query of {@code (s, b, status)} per selected request: subject key, bucket index and
     * status. Its parameters are the bucket origin and width, then the selection's.
     */
    String baseSql(String where) {
        return switch (this) {
            case PATH -> "SELECT path_id AS s, " + BUCKET + " AS b, status FROM requests"
                    + " WHERE (" + where + ")";
            case IP -> "SELECT ip_id AS s, " + BUCKET + " AS b, status FROM requests"
                    + " WHERE (" + where + ")";
            case ASN -> throughAddress("asn", "d.asn <> 0", where);
            case COUNTRY -> throughAddress("country", "d.country <> ''", where);
        };
    }

    private static String throughAddress(String column, String known, String where) {
        return "SELECT d." + column + " AS s, " + BUCKET + " AS b, r.status"
                + " FROM (SELECT ts, ip_id, status FROM requests WHERE (" + where + ")) r"
                + " JOIN ips d ON d.id = r.ip_id WHERE " + known;
    }

    /** A join from {@code k.s} to the subject's display value, and that value's expression. */
    String nameJoin() {
        return switch (this) {
            case PATH -> "JOIN texts d ON d.id = k.s";
            case IP -> "JOIN ips d ON d.id = k.s";
            case ASN, COUNTRY -> "";
        };
    }

    /** The expression naming the subject after {@link #nameJoin()}. */
    String nameColumn() {
        return switch (this) {
            case PATH -> "d.value";
            case IP -> "d.ip";
            case ASN -> "CAST(k.s AS VARCHAR)";
            case COUNTRY -> "k.s";
        };
    }

    /** A condition on {@code requests} holding for this subject's key, given as parameter. */
    String matchSql() {
        return switch (this) {
            case PATH -> "path_id = ?";
            case IP -> "ip_id = ?";
            case ASN -> "ip_id IN (SELECT id FROM ips WHERE asn = ?)";
            case COUNTRY -> "ip_id IN (SELECT id FROM ips WHERE country = ?)";
        };
    }

    /** The field whose top values explain a spike: the paths an address asked for, else IPs. */
    String contributorField() {
        return this == IP ? "path" : "ip";
    }
}
