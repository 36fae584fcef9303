package dev.needle.intel.service;

import java.util.List;

/**
 * The result of a bulk lookup.
 *
 * @param checked how many distinct indicators were looked up
 * @param matches the known ones, in the order they were given
 */
public record MatchReport(int checked, List<IndicatorMatch> matches) {

    public MatchReport {
        matches = List.copyOf(matches);
    }
}
