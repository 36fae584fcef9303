package dev.needle.analyst.conversation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.needle.analyst.ToolCall;
import dev.needle.intel.service.PostgresSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.postgresql.ds.PGSimpleDataSource;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * Conversations, their messages and organisations' profiles, in SQLite
 * ({@code <dataDir>/analyst/conversations.sqlite}) or in a PostgreSQL schema. A conversation
 * belongs to the organisation that started it; every read names the organisation, and another
 * organisation's conversation reads as absent.
 */
public final class ConversationStore {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] SCHEMA = {
        "CREATE TABLE IF NOT EXISTS conversations (id TEXT PRIMARY KEY, organisation TEXT NOT"
            + " NULL, started TEXT NOT NULL, updated TEXT NOT NULL, state TEXT NOT NULL)",
        "CREATE TABLE IF NOT EXISTS messages (conversation TEXT NOT NULL, seq INTEGER NOT NULL,"
            + " asked TEXT NOT NULL, question TEXT NOT NULL, answer TEXT NOT NULL,"
            + " PRIMARY KEY (conversation, seq))",
        "CREATE TABLE IF NOT EXISTS profiles (organisation TEXT PRIMARY KEY, industry TEXT,"
            + " country TEXT)",
    };

    private final Jdbi jdbi;

    private ConversationStore(Jdbi jdbi) {
        this.jdbi = jdbi;
        jdbi.useTransaction(handle -> {
            for (String statement : SCHEMA) {
                handle.execute(statement);
            }
        });
    }

    /** The embedded store under {@code dataDir}. */
    public static ConversationStore embedded(Path dataDir) {
        Path dir = dataDir.resolve("analyst");
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir, e);
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setBusyTimeout(5000);
        // In WAL mode NORMAL still never corrupts the file; a power cut may lose the last
        // exchange of a conversation, which is cheaper than an fsync on every question.
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        SQLiteDataSource source = new SQLiteDataSource(config);
        source.setUrl("jdbc:sqlite:" + dir.resolve("conversations.sqlite"));
        return new ConversationStore(Jdbi.create(source));
    }

    /**
     * The store in PostgreSQL, in schema {@code needle_analyst}, or {@code <registry>_analyst}
     * when the intel registry has a schema of its own.
     */
    public static ConversationStore postgres(PostgresSettings settings) {
        String schema = settings.registrySchema().equals(PostgresSettings.DEFAULT_REGISTRY_SCHEMA)
                ? "needle_analyst" : settings.registrySchema() + "_analyst";
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setURL(settings.jdbcUrl());
        source.setUser(settings.user());
        source.setPassword(settings.password());
        source.setCurrentSchema(schema);
        Jdbi.create(source).useHandle(handle ->
                handle.execute("CREATE SCHEMA IF NOT EXISTS " + schema));
        return new ConversationStore(Jdbi.create(source));
    }

    /** A new, random conversation id; the conversation is stored with its first message. */
    public static String newId() {
        return UUID.randomUUID().toString();
    }

    private static void insert(Handle handle, String organisation, String id,
            ConversationState state, Instant now) {
        handle.createUpdate("INSERT INTO conversations (id, organisation, started, updated,"
                + " state) VALUES (?, ?, ?, ?, ?)").bind(0, id).bind(1, organisation)
                .bind(2, now.toString()).bind(3, now.toString()).bind(4, write(state))
                .execute();
    }

    /** A conversation's state, if it exists and belongs to the organisation. */
    public Optional<ConversationState> state(String organisation, String id) {
        Optional<String> json = jdbi.withHandle(handle -> handle.createQuery(
                "SELECT state FROM conversations WHERE id = ? AND organisation = ?")
                .bind(0, id).bind(1, organisation).mapTo(String.class).findOne());
        Profile profile = profile(organisation);
        return json.map(text -> read(text, profile));
    }

    /**
     * Stores a question and its answer (JSON) and the state after it, in one transaction; a
     * conversation not stored yet ({@code first}) is created in the same transaction.
     */
    public void append(String organisation, String id, boolean first, String question,
            String answerJson, ConversationState state, Instant now) {
        jdbi.useTransaction(handle -> {
            if (first) {
                insert(handle, organisation, id, state, now);
            }
            int updated = handle.createUpdate("UPDATE conversations SET updated = ?, state = ?"
                    + " WHERE id = ? AND organisation = ?").bind(0, now.toString())
                    .bind(1, write(state)).bind(2, id).bind(3, organisation).execute();
            if (updated != 1) {
                throw new IllegalStateException("conversation " + id + " vanished");
            }
            int seq = handle.createQuery("SELECT COALESCE(MAX(seq), 0) + 1 FROM messages WHERE"
                    + " conversation = ?").bind(0, id).mapTo(Integer.class).one();
            handle.createUpdate("INSERT INTO messages (conversation, seq, asked, question,"
                    + " answer) VALUES (?, ?, ?, ?, ?)").bind(0, id).bind(1, seq)
                    .bind(2, now.toString()).bind(3, question).bind(4, answerJson).execute();
        });
    }

    /** The answers of a conversation (as stored JSON), oldest first; empty if not the org's. */
    public Optional<List<String>> answers(String organisation, String id) {
        return jdbi.withHandle(handle -> {
            boolean owned = handle.createQuery("SELECT count(*) FROM conversations WHERE id = ?"
                    + " AND organisation = ?").bind(0, id).bind(1, organisation)
                    .mapTo(Integer.class).one() == 1;
            return owned ? Optional.of(handle.createQuery("SELECT answer FROM messages WHERE"
                    + " conversation = ? ORDER BY seq").bind(0, id).mapTo(String.class).list())
                    : Optional.<List<String>>empty();
        });
    }

    /** An organisation's profile; empty values when none is set. */
    public Profile profile(String organisation) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT industry, country FROM"
                + " profiles WHERE organisation = ?").bind(0, organisation)
                .map((rs, ctx) -> new Profile(Optional.ofNullable(rs.getString(1)),
                        Optional.ofNullable(rs.getString(2)))).findOne()
                .orElse(Profile.unknown()));
    }

    /** Sets an organisation's profile. */
    public void setProfile(String organisation, Profile profile) {
        jdbi.useHandle(handle -> handle.createUpdate("INSERT INTO profiles (organisation,"
                + " industry, country) VALUES (?, ?, ?) ON CONFLICT (organisation) DO UPDATE"
                + " SET industry = excluded.industry, country = excluded.country")
                .bind(0, organisation).bind(1, profile.industry().orElse(null))
                .bind(2, profile.country().orElse(null)).execute());
    }

    private static String write(ConversationState state) {
        Map<String, Object> json = new TreeMap<>();
        state.last().ifPresent(call -> json.put("last", Map.of("tool", call.tool(),
                "args", call.args())));
        Entities entities = state.entities();
        json.put("entities", Map.of("ip", entities.ips(), "path", entities.paths(),
                "attacker", entities.attackers(), "indicator", entities.indicators()));
        try {
            return JSON.writeValueAsString(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("conversation state is not writable as JSON", e);
        }
    }

    @SuppressWarnings("unchecked")
    private static ConversationState read(String text, Profile profile) {
        try {
            Map<String, Object> json = JSON.readValue(text, Map.class);
            Optional<ToolCall> last = Optional.ofNullable((Map<String, Object>) json.get("last"))
                    .map(call -> ToolCall.of((String) call.get("tool"),
                            (Map<String, String>) call.get("args")));
            Map<String, List<String>> e = (Map<String, List<String>>) json.get("entities");
            return new ConversationState(last, new Entities(e.get("ip"), e.get("path"),
                    e.get("attacker"), e.get("indicator")), profile);
        } catch (IOException | ClassCastException | NullPointerException e) {
            throw new IllegalStateException("stored conversation state is not readable", e);
        }
    }
}
