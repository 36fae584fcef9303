package dev.needle.intel.taxii;

import java.util.Objects;

/**
 * How the TAXII server describes itself and pages.
 *
 * @param title the server's title in discovery and the API root
 * @param apiRootUrl the absolute URL of the one API root, ending in {@code /}, as clients reach
 *     it
 * @param producerName the organisation named as creator of the STIX objects
 * @param defaultLimit objects per page when the client sends no {@code limit}
 * @param maxLimit the most objects per page whatever the client asks
 * @param maxContentLength the largest request body the server says it accepts; the server is
 *     read-only, so this is what the web layer should enforce for any POST it rejects
 */
public record TaxiiSettings(String title, String apiRootUrl, String producerName,
        int defaultLimit, int maxLimit, long maxContentLength) {

    public TaxiiSettings {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(apiRootUrl, "apiRootUrl");
        Objects.requireNonNull(producerName, "producerName");
        if (!apiRootUrl.matches("https?://[^\\s]+/")) {
            throw new IllegalArgumentException("API root URL '" + apiRootUrl
                    + "' must be an absolute http(s) URL ending in /");
        }
        if (defaultLimit < 1 || maxLimit < defaultLimit) {
            throw new IllegalArgumentException("page limits must satisfy 1 <= default ("
                    + defaultLimit + ") <= max (" + maxLimit + ")");
        }
        if (maxContentLength < 1) {
            throw new IllegalArgumentException("max content length " + maxContentLength
                    + " must be positive");
        }
    }

    /** Title {@code Needle}, producer {@code Needle}, 100 objects a page and at most 1000. */
    public static TaxiiSettings of(String apiRootUrl) {
        return new TaxiiSettings("Needle", apiRootUrl, "Needle", 100, 1000, 10L * 1024 * 1024);
    }
}
