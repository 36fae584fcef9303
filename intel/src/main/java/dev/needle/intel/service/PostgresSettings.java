package dev.needle.intel.service;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where the PostgreSQL server mode keeps intel: the registry in one schema, each dataset in a
 * schema named by a prefix and the dataset's id. {@link #toString()} hides the password.
 *
 * @param jdbcUrl a {@code jdbc:postgresql://} URL without credentials
 * @param user the role to connect as
 * @param password its password
 * @param registrySchema the schema of organisations, tokens, datasets and sharing
 * @param datasetSchemaPrefix what each dataset's schema name starts with
 */
public record PostgresSettings(String jdbcUrl, String user, String password,
        String registrySchema, String datasetSchemaPrefix) {

    /** The registry schema of a default installation. */
    public static final String DEFAULT_REGISTRY_SCHEMA = "needle_registry";

    /** The dataset schema prefix of a default installation. */
    public static final String DEFAULT_DATASET_PREFIX = "needle_ds_";

    private static final Pattern SCHEMA = Pattern.compile("[a-z_][a-z0-9_]{0,29}");

    public PostgresSettings {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        if (!jdbcUrl.startsWith("jdbc:postgresql://")) {
            throw new IllegalArgumentException("'" + jdbcUrl.replaceAll("\\?.*", "")
                    + "' is not a jdbc:postgresql:// URL");
        }
        requireSchemaName(registrySchema, "registry schema");
        requireSchemaName(datasetSchemaPrefix, "dataset schema prefix");
    }

    /** Settings for a JDBC URL with the default schema names. */
    public static PostgresSettings of(String jdbcUrl, String user, String password) {
        return new PostgresSettings(jdbcUrl, user, password, DEFAULT_REGISTRY_SCHEMA,
                DEFAULT_DATASET_PREFIX);
    }

    /**
     * Reads the URL Needle's {@code --db} takes, {@code postgresql://user:pass@host:port/db},
     * with percent-encoded user and password; the port defaults to 5432. A query parameter
     * {@code needle_schema=NAME} keeps this Needle's registry in schema NAME and its datasets in
     * schemas {@code NAME_ds_...}, so several Needles (or test runs) can share one database; the
     * rest of the query string is passed on to the driver.
     */
    public static PostgresSettings fromDbUrl(String dbUrl) {
        URI uri = parseUri(dbUrl);
        String place = "--db '" + redact(dbUrl) + "'";
        if (uri.getHost() == null || uri.getRawUserInfo() == null) {
            throw new IllegalArgumentException(place + ": expected"
                    + " postgresql://user:password@host:port/database");
        }
        String userInfo = uri.getRawUserInfo();
        int colon = userInfo.indexOf(':');
        String user = percentDecode(colon < 0 ? userInfo : userInfo.substring(0, colon));
        String password = colon < 0 ? "" : percentDecode(userInfo.substring(colon + 1));
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        String database = path.length() > 1 ? percentDecode(path.substring(1)) : user;
        int port = uri.getPort() < 0 ? 5432 : uri.getPort();
        String schema = null;
        java.util.List<String> driverParams = new java.util.ArrayList<>();
        if (uri.getRawQuery() != null) {
            for (String param : uri.getRawQuery().split("&")) {
                if (param.startsWith("needle_schema=")) {
                    schema = percentDecode(param.substring("needle_schema=".length()));
                } else if (!param.isEmpty()) {
                    driverParams.add(param);
                }
            }
        }
        String query = driverParams.isEmpty() ? "" : "?" + String.join("&", driverParams);
        String jdbc = "jdbc:postgresql://" + uri.getHost() + ":" + port + "/" + database + query;
        PostgresSettings settings = of(jdbc, user, password);
        if (schema == null) {
            return settings;
        }
        if (!schema.matches("[a-z_][a-z0-9_]{0,40}")) {
            throw new IllegalArgumentException(place + ": needle_schema '" + schema
                    + "' must be lower-case letters, digits and underscores, at most 41");
        }
        return settings.withSchemas(schema, schema + "_ds_");
    }

    /** These settings with other schema names, such as unique ones for a test run. */
    public PostgresSettings withSchemas(String registry, String datasetPrefix) {
        return new PostgresSettings(jdbcUrl, user, password, registry, datasetPrefix);
    }

    @Override
    public String toString() {
        return "PostgresSettings[jdbcUrl=" + jdbcUrl + ", user=" + user + ", password=(hidden),"
                + " registrySchema=" + registrySchema + ", datasetSchemaPrefix="
                + datasetSchemaPrefix + "]";
    }

    private static URI parseUri(String dbUrl) {
        Objects.requireNonNull(dbUrl, "dbUrl");
        if (!dbUrl.startsWith("postgresql://") && !dbUrl.startsWith("postgres://")) {
            throw new IllegalArgumentException("--db '" + redact(dbUrl) + "': expected a URL"
                    + " starting with postgresql://");
        }
        try {
            return new URI(dbUrl);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("--db '" + redact(dbUrl) + "' is not a valid URL"
                    + " at index " + e.getIndex(), e);
        }
    }

    /** The URL with any password replaced, fit for an error message. */
    private static String redact(String dbUrl) {
        return dbUrl.replaceFirst("(://[^:/@]*):[^@/]*@", "$1:***@");
    }

    /** Decodes percent escapes, which {@link URI} has already checked to be well formed. */
    private static String percentDecode(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%') {
                out.write(Integer.parseInt(text, i + 1, i + 3, 16));
                i += 2;
            } else {
                out.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static void requireSchemaName(String name, String what) {
        Objects.requireNonNull(name, what);
        if (!SCHEMA.matcher(name).matches()) {
            throw new IllegalArgumentException(what + " '" + name + "' must be 1 to 30"
                    + " lower-case letters, digits or '_', not starting with a digit");
        }
    }
}
