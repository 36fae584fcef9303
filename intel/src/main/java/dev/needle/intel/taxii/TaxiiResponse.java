package dev.needle.intel.taxii;

import java.util.Map;
import java.util.Objects;

/**
 * An HTTP response for a web layer to send as it is.
 *
 * @param status the HTTP status
 * @param headers headers besides Content-Type, such as {@code X-TAXII-Date-Added-First}
 * @param body the JSON body
 */
public record TaxiiResponse(int status, Map<String, String> headers, String body) {

    /** The media type of every TAXII 2.1 response body. */
    public static final String CONTENT_TYPE = "application/taxii+json;version=2.1";

    public TaxiiResponse {
        headers = Map.copyOf(headers);
        Objects.requireNonNull(body, "body");
    }

    /** Always {@link #CONTENT_TYPE}, errors included. */
    public String contentType() {
        return CONTENT_TYPE;
    }
}
