package dev.needle.traffic;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Something in the traffic that should start an investigation.
 *
 * @param kind the pattern detected
 * @param severity how urgent it is
 * @param windowStart first instant of the window in which the pattern was seen
 * @param windowEnd end of that window (exclusive)
 * @param subjectField the field the finding is about, such as {@code path} or {@code ip}
 * @param subject the value of that field, such as {@code /login_form}
 * @param summary one sentence a person can read
 * @param metrics the numbers that triggered it, by name (for example {@code requests},
 *     {@code baseline}, {@code ratio})
 * @param contributors the top sources behind it, most first
 */
public record Finding(FindingKind kind, Severity severity, Instant windowStart, Instant windowEnd,
        String subjectField, String subject, String summary, Map<String, Double> metrics,
        List<Contributor> contributors) {

    public Finding {
        metrics = Map.copyOf(metrics);
        contributors = List.copyOf(contributors);
    }

    /** A value of a field that contributed {@code count} requests to a finding. */
    public record Contributor(String field, String value, long count) {
    }
}
