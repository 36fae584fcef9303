package dev.needle.app.http.web;

import java.util.List;

/**
 * What the timelapse page shows around its chart.
 *
 * @param industries the target industries known to the caller, for the drop-down
 * @param industry the industry chosen, blank for all
 * @param dataUrl where the page's script fetches the series
 */
public record TimelapseView(List<String> industries, String industry, String dataUrl) {
}
