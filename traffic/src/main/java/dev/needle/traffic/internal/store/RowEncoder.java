package dev.needle.traffic.internal.store;

import dev.needle.core.net.IpAddress;
import dev.needle.traffic.internal.geo.IpEnricher;
import dev.needle.traffic.internal.geo.Ipv4;
import dev.needle.traffic.internal.parse.RequestRow;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/**
 * Turns parsed rows into ids of the star schema. A value seen for the first time gets the next
 * id and a dimension row in the batch; one seen before costs a dictionary lookup and no string.
 *
 * <p>The dictionaries are loaded from the store when the encoder is made, so ids stay stable
 * across runs. One encoder per store at a time: the traffic service serialises ingests.
 */
final class RowEncoder {

    private static final long FLIP = Long.MIN_VALUE;
    private static final long V4_MAPPED = 0xffffL << 32;
    private static final int[] CONTEXT_FIELDS = {RequestRow.METHOD, RequestRow.PROTOCOL,
        RequestRow.HOST, RequestRow.JA3, RequestRow.JA4};

    private final IpEnricher enricher;
    private final ByteDictionary ips = new ByteDictionary();
    private final Ipv4Ids ipv4Ids = new Ipv4Ids();
    private int maxIpId;
    private final ByteDictionary texts = new ByteDictionary();
    private final ByteDictionary contexts = new ByteDictionary();
    private byte[] contextKey = new byte[256];
    private final LastValue[] lastText = {new LastValue(), new LastValue(), new LastValue(),
        new LastValue(), new LastValue(), new LastValue(), new LastValue(), new LastValue()};
    private final LastValue lastIp = new LastValue();
    private final LastValue lastContext = new LastValue();

    RowEncoder(Connection connection, IpEnricher enricher) throws SQLException {
        this.enricher = enricher;
        loadIps(connection);
        load(connection, "SELECT id, value FROM texts ORDER BY id", texts);
        loadContexts(connection);
    }

    private static void load(Connection connection, String sql, ByteDictionary into)
            throws SQLException {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                byte[] key = rs.getString(2).getBytes(StandardCharsets.UTF_8);
                into.put(rs.getInt(1), key, 0, key.length);
            }
        }
    }

    private void loadIps(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery("SELECT id, ip FROM ips ORDER BY id")) {
            while (rs.next()) {
                int id = rs.getInt(1);
                byte[] key = rs.getString(2).getBytes(StandardCharsets.UTF_8);
                rememberIp(id, key, 0, key.length, Ipv4.parse(key, 0, key.length));
            }
        }
    }

    /** Files an address's id under its int form when it is canonical IPv4, else its text. */
    private void rememberIp(int id, byte[] buf, int from, int to, long v4) {
        if (v4 >= 0) {
            ipv4Ids.put((int) v4, id);
        } else {
            ips.put(id, buf, from, to);
        }
        maxIpId = Math.max(maxIpId, id);
    }

    private void loadContexts(Connection connection) throws SQLException {
        String sql = "SELECT id, method, protocol, host, ja3, ja4 FROM contexts ORDER BY id";
        RequestRow row = new RequestRow();
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                for (int i = 0; i < CONTEXT_FIELDS.length; i++) {
                    row.setText(CONTEXT_FIELDS[i], rs.getString(i + 2));
                }
                int length = contextKey(row);
                contexts.put(rs.getInt(1), contextKey, 0, length);
            }
        }
    }

    /** Adds {@code row} to the batch, which must not be full. */
    void encode(RequestRow row, EncodedBatch batch) {
        if (row.invalidUtf8) {
            row.repairUtf8();
        }
        int i = batch.size++;
        batch.timeMicros[i] = row.timeMicros;
        batch.ipId[i] = ipId(row, batch);
        batch.contextId[i] = contextId(row, batch);
        batch.pathId[i] = textId(row, RequestRow.PATH, batch);
        batch.queryId[i] = textId(row, RequestRow.QUERY, batch);
        batch.refererId[i] = textId(row, RequestRow.REFERER, batch);
        batch.userAgentId[i] = textId(row, RequestRow.UA, batch);
        batch.status[i] = (short) row.status;
        batch.bytes[i] = row.bytes;
    }

    private int textId(RequestRow row, int field, EncodedBatch batch) {
        byte[] buf = row.buffer(field);
        int from = row.start(field);
        int to = row.end(field);
        LastValue last = lastText[field];
        int id = last.match(buf, from, to);
        if (id != 0) {
            return id;
        }
        id = texts.find(buf, from, to);
        if (id == 0) {
            id = texts.maxId() + 1;
            texts.put(id, buf, from, to);
            batch.newTexts.add(new EncodedBatch.TextRow(id, row.text(field)));
        }
        last.remember(buf, from, to, id);
        return id;
    }

    private int ipId(RequestRow row, EncodedBatch batch) {
        byte[] buf = row.buffer(RequestRow.IP);
        int from = row.start(RequestRow.IP);
        int to = row.end(RequestRow.IP);
        int id = lastIp.match(buf, from, to);
        if (id == 0) {
            long v4 = Ipv4.parse(buf, from, to);
            id = v4 >= 0 ? ipv4Ids.find((int) v4) : ips.find(buf, from, to);
            if (id == 0) {
                id = newIp(row, batch, v4);
            }
            lastIp.remember(buf, from, to, id);
        }
        return id;
    }

    private int newIp(RequestRow row, EncodedBatch batch, long v4) {
        int id = maxIpId + 1;
        rememberIp(id, row.buffer(RequestRow.IP), row.start(RequestRow.IP),
                row.end(RequestRow.IP), v4);
        String ip = row.text(RequestRow.IP);
        String country = row.isEmpty(RequestRow.COUNTRY)
                ? enricher.country(v4).orElse("") : row.text(RequestRow.COUNTRY);
        int asn = row.asn != 0 ? (int) row.asn : enricher.asn(v4);
        if (v4 >= 0) {
            batch.newIps.add(new EncodedBatch.IpRow(id, ip, true, FLIP,
                    (V4_MAPPED | v4) ^ FLIP, country, asn));
        } else {
            Optional<IpAddress> v6 = IpAddress.tryParse(ip);
            batch.newIps.add(new EncodedBatch.IpRow(id, ip, v6.isPresent(),
                    v6.map(IpAddress::sortableHigh).orElse(0L),
                    v6.map(IpAddress::sortableLow).orElse(0L), country, asn));
        }
        return id;
    }

    private int contextId(RequestRow row, EncodedBatch batch) {
        int length = contextKey(row);
        int id = lastContext.match(contextKey, 0, length);
        if (id != 0) {
            return id;
        }
        id = contexts.find(contextKey, 0, length);
        if (id == 0) {
            id = contexts.maxId() + 1;
            contexts.put(id, contextKey, 0, length);
            batch.newContexts.add(new EncodedBatch.ContextRow(id, row.text(RequestRow.METHOD),
                    row.text(RequestRow.PROTOCOL), row.text(RequestRow.HOST),
                    row.text(RequestRow.JA3), row.text(RequestRow.JA4)));
        }
        lastContext.remember(contextKey, 0, length, id);
        return id;
    }

    /**
     * Writes the context fields of {@code row} into {@code contextKey}, each as a four-byte
     * length and its bytes, so that no value can be mistaken for a separator; returns the length.
     */
    private int contextKey(RequestRow row) {
        int length = 0;
        for (int field : CONTEXT_FIELDS) {
            length += row.end(field) - row.start(field) + 4;
        }
        if (length > contextKey.length) {
            contextKey = new byte[Math.max(length, contextKey.length * 2)];
        }
        int p = 0;
        for (int field : CONTEXT_FIELDS) {
            int n = row.end(field) - row.start(field);
            contextKey[p++] = (byte) (n >>> 24);
            contextKey[p++] = (byte) (n >>> 16);
            contextKey[p++] = (byte) (n >>> 8);
            contextKey[p++] = (byte) n;
            System.arraycopy(row.buffer(field), row.start(field), contextKey, p, n);
            p += n;
        }
        return p;
    }
}
