package dev.needle.traffic.internal.parse;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Parses one JSON object per line with the field names of Cloudflare's HTTP request logs.
 *
 * <p>{@code ClientIP} and {@code EdgeStartTimestamp} are required; the timestamp may be an
 * RFC 3339 string or a number of seconds, milliseconds, microseconds or nanoseconds since the
 * epoch (told apart by size, as Logpush's {@code unix}, {@code unixnano} options write them).
 * Unknown fields are skipped. A known field of the wrong JSON type rejects the line, naming the
 * field and what it held.
 */
final class CloudflareJsonParser implements LineParser {

    private static final JsonFactory JSON = JsonFactory.builder().build();

    @Override
    public void parse(byte[] buf, int off, int len, RequestRow row) throws LineRejectedException {
        row.clear();
        if (!Utf8.isValid(buf, off, off + len)) {
            row.invalidUtf8 = true;
        }
        boolean sawIp = false;
        boolean sawTime = false;
        try (JsonParser json = JSON.createParser(buf, off, len)) {
            if (json.nextToken() != JsonToken.START_OBJECT) {
                throw new LineRejectedException("not a JSON object");
            }
            JsonToken token;
            while ((token = json.nextToken()) == JsonToken.FIELD_NAME) {
                String name = json.currentName();
                JsonToken value = json.nextToken();
                switch (name) {
                    case "ClientIP" -> {
                        String ip = text(json, value, name);
                        row.setText(RequestRow.IP, ip);
                        sawIp = !ip.isEmpty();
                    }
                    case "ClientRequestHost" ->
                        row.setText(RequestRow.HOST, text(json, value, name));
                    case "ClientRequestMethod" ->
                        row.setText(RequestRow.METHOD, text(json, value, name));
                    case "ClientRequestURI" -> uri(text(json, value, name), row);
                    case "ClientRequestProtocol" ->
                        row.setText(RequestRow.PROTOCOL, text(json, value, name));
                    case "EdgeResponseStatus" -> row.status = (int) number(json, value, name);
                    case "ClientRequestUserAgent" ->
                        row.setText(RequestRow.UA, text(json, value, name));
                    case "ClientRequestReferer" ->
                        row.setText(RequestRow.REFERER, text(json, value, name));
                    case "EdgeResponseBytes" -> row.bytes = number(json, value, name);
                    case "ClientASN" -> row.asn = number(json, value, name);
                    case "ClientCountry" -> row.setText(RequestRow.COUNTRY,
                            text(json, value, name).toUpperCase(Locale.ROOT));
                    case "JA3Hash" -> row.setText(RequestRow.JA3, text(json, value, name));
                    case "JA4" -> row.setText(RequestRow.JA4, text(json, value, name));
                    case "EdgeStartTimestamp" -> {
                        row.timeMicros = timestamp(json, value);
                        sawTime = true;
                    }
                    default -> json.skipChildren();
                }
            }
            if (token != JsonToken.END_OBJECT) {
                throw new LineRejectedException("JSON object is not closed");
            }
        } catch (IOException e) {
            throw new LineRejectedException("malformed JSON: " + firstLine(e.getMessage()));
        }
        if (!sawIp) {
            throw new LineRejectedException("field ClientIP is missing");
        }
        if (!sawTime) {
            throw new LineRejectedException("field EdgeStartTimestamp is missing");
        }
        if (row.status < 0 || row.status > 999) {
            throw new LineRejectedException("field EdgeResponseStatus: " + row.status
                    + " is not an HTTP status");
        }
    }

    private static void uri(String uri, RequestRow row) {
        int q = uri.indexOf('?');
        row.setText(RequestRow.PATH, q < 0 ? uri : uri.substring(0, q));
        row.setText(RequestRow.QUERY, q < 0 ? "" : uri.substring(q + 1));
    }

    private static String text(JsonParser json, JsonToken value, String name)
            throws IOException, LineRejectedException {
        if (value == JsonToken.VALUE_NULL) {
            return "";
        }
        if (value != JsonToken.VALUE_STRING) {
            throw wrongType(name, "a string", value);
        }
        return json.getText();
    }

    private static long number(JsonParser json, JsonToken value, String name)
            throws IOException, LineRejectedException {
        if (value == JsonToken.VALUE_NULL) {
            return 0;
        }
        if (value == JsonToken.VALUE_NUMBER_INT) {
            return json.getLongValue();
        }
        if (value == JsonToken.VALUE_STRING) {
            try {
                return Long.parseLong(json.getText().strip());
            } catch (NumberFormatException e) {
                throw new LineRejectedException("field " + name + ": expected a number, got \""
                        + clip(json.getText()) + "\"");
            }
        }
        throw wrongType(name, "a number", value);
    }

    private static long timestamp(JsonParser json, JsonToken value)
            throws IOException, LineRejectedException {
        if (value == JsonToken.VALUE_NUMBER_INT) {
            long n = json.getLongValue();
            long abs = Math.abs(n);
            if (abs >= 100_000_000_000_000_000L) {
                return n / 1000;
            } else if (abs >= 100_000_000_000_000L) {
                return n;
            } else if (abs >= 100_000_000_000L) {
                return n * 1000;
            }
            return n * 1_000_000;
        }
        if (value == JsonToken.VALUE_STRING) {
            String text = json.getText().strip();
            try {
                Instant instant = OffsetDateTime.parse(text).toInstant();
                return instant.getEpochSecond() * 1_000_000 + instant.getNano() / 1000;
            } catch (DateTimeParseException e) {
                throw new LineRejectedException("field EdgeStartTimestamp: \"" + clip(text)
                        + "\" is not an RFC 3339 time");
            }
        }
        throw wrongType("EdgeStartTimestamp", "a number or an RFC 3339 string", value);
    }

    private static LineRejectedException wrongType(String name, String expected,
            JsonToken actual) {
        return new LineRejectedException("field " + name + ": expected " + expected + ", got "
                + describe(actual));
    }

    private static String describe(JsonToken token) {
        return switch (token) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            default -> token.name();
        };
    }

    private static String clip(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "...";
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
