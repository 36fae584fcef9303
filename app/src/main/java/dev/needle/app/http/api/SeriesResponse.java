package dev.needle.app.http.api;

import dev.needle.traffic.Series;
import java.util.List;

/** The body of {@code GET /api/v1/traffic/series}: the bucket width and the series. */
record SeriesResponse(String bucket, List<Series> series) {

    SeriesResponse {
        series = List.copyOf(series);
    }
}
