package dev.needle.app.http.web;

import dev.needle.intel.service.PivotResult;

/** What the indicator page shows: the pivots from one indicator. */
public record IndicatorView(PivotResult pivot) {
}
