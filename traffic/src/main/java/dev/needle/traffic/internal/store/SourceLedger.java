package dev.needle.traffic.internal.store;

import dev.needle.traffic.LogFormat;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

/** Reads and writes the {@code sources} table: which sources were read, and how far. */
public final class SourceLedger {

    private final Connection connection;

    public SourceLedger(Connection connection) {
        this.connection = connection;
    }

    /** The source whose fingerprint matches the start of {@code prefix}, longest match first. */
    public Optional<SourceState> find(byte[] prefix, int prefixLength) throws SQLException {
        String sql = "SELECT id, name, fingerprint_length, fingerprint, compressed, format,"
                + " bytes_done, lines_done, rows_stored, lines_rejected FROM sources"
                + " WHERE fingerprint_length > 0 AND fingerprint_length <= ?"
                + " ORDER BY fingerprint_length DESC, id";
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setInt(1, prefixLength);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int length = rs.getInt(3);
                    if (fingerprint(prefix, length).equals(rs.getString(4))) {
                        return Optional.of(new SourceState(rs.getInt(1), rs.getString(2), length,
                                rs.getString(4), rs.getBoolean(5), LogFormat.parse(rs.getString(6)),
                                rs.getLong(7), rs.getLong(8), rs.getLong(9), rs.getLong(10)));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** Records a new source, not yet read. */
    public SourceState create(String name, byte[] prefix, int prefixLength, boolean compressed,
            LogFormat format) throws SQLException {
        int id;
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT coalesce(max(id), 0) + 1 FROM sources");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            id = rs.getInt(1);
        }
        SourceState state = new SourceState(id, name, prefixLength,
                fingerprint(prefix, prefixLength), compressed, format, 0, 0, 0, 0);
        try (PreparedStatement ps = connection.prepareStatement(
                "INSERT INTO sources VALUES (?, ?, ?, ?, ?, ?, 0, 0, 0, 0, ?)")) {
            ps.setInt(1, id);
            ps.setString(2, name);
            ps.setInt(3, prefixLength);
            ps.setString(4, state.fingerprint());
            ps.setBoolean(5, compressed);
            ps.setString(6, format.label());
            ps.setTimestamp(7, Timestamp.from(Instant.now()));
            ps.executeUpdate();
        }
        return state;
    }

    /** Stores how far a source has been read, in the caller's transaction. */
    public void update(SourceState state) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("UPDATE sources SET"
                + " fingerprint_length = ?, fingerprint = ?, bytes_done = ?, lines_done = ?,"
                + " rows_stored = ?, lines_rejected = ?, updated_at = ? WHERE id = ?")) {
            ps.setInt(1, state.fingerprintLength());
            ps.setString(2, state.fingerprint());
            ps.setLong(3, state.bytesDone());
            ps.setLong(4, state.linesDone());
            ps.setLong(5, state.rowsStored());
            ps.setLong(6, state.linesRejected());
            ps.setTimestamp(7, Timestamp.from(Instant.now()));
            ps.setInt(8, state.id());
            ps.executeUpdate();
        }
    }

    /** The hex SHA-256 of {@code data[0, length)}. */
    public static String fingerprint(byte[] data, int length) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(data, 0, length);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}
