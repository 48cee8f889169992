package io.strata.core.internal.database.sqlite;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;

import org.hibernate.cfg.AvailableSettings;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.util.DriverDataSource;

import io.strata.core.ConstraintViolation;
import io.strata.core.internal.boot.PlainLobs;
import io.strata.core.internal.database.ConnectionGuard;
import io.strata.core.internal.database.DatabaseType;
import io.strata.core.internal.database.HibernateSettings;
import io.strata.core.internal.database.JdbcDriver;
import io.strata.core.internal.query.InsertRecovery;
import io.strata.core.internal.url.DatabaseUrl;
import io.strata.core.internal.url.UrlParser;

/** SQLite: {@code sqlite:///relative.db}, {@code sqlite:////absolute.db}, {@code sqlite://} in memory. */
public final class SQLiteDatabaseType implements DatabaseType {

    private static final JdbcDriver DRIVER = new JdbcDriver("org.sqlite.JDBC", "org.xerial:sqlite-jdbc");

    /** sqlite3_open_v2's flags: read and write an existing file, accept {@code file:} URIs (no create). */
    static final int OPEN_READWRITE = 0x2;
    static final int OPEN_URI = 0x40;
    private static final int SQLITE_CONSTRAINT = 19;
    private static final int SQLITE_CONSTRAINT_PRIMARYKEY = 1555;
    private static final int SQLITE_CONSTRAINT_UNIQUE = 2067;

    private static final HibernateSettings HIBERNATE = new HibernateSettings(
            "io.strata.core.internal.database.sqlite.StrataSQLiteDialect", "SQLite", "3.45", Map.of(
                    PlainLobs.SETTING, "true",
                    // Hibernate's fallback for multi-table (joined) bulk updates and deletes on SQLite
                    // creates HTE_ tables when the session factory starts: the schema is Strata's to create.
                    AvailableSettings.QUERY_MULTI_TABLE_MUTATION_STRATEGY,
                    "org.hibernate.query.sqm.mutation.internal.inline.InlineMutationStrategy",
                    "hibernate.query.mutation_strategy.persistent.create_tables", "false",
                    // sqlite-jdbc reads the generated id itself after every insert; without this
                    // Hibernate then runs its own "select last_insert_rowid()" for each one.
                    AvailableSettings.USE_GET_GENERATED_KEYS, "true"));

    @Override
    public String name() {
        return "sqlite";
    }

    @Override
    public String displayName() {
        return "SQLite";
    }

    @Override
    public List<String> schemes() {
        return List.of("sqlite");
    }

    @Override
    public List<String> jdbcPrefixes() {
        return List.of("jdbc:sqlite:");
    }

    @Override
    public String urlForms() {
        return "sqlite:///file.db, sqlite:// (in memory)";
    }

    @Override
    public DatabaseUrl parse(String raw, UrlParser parser) {
        int sep = raw.indexOf("://");
        if (sep < 0) {
            throw parser.error("'" + UrlParser.maskLoose(raw) + "' is not a SQLite URL. Write sqlite:///relative/path.db,"
                    + " sqlite:////absolute/path.db or sqlite:// for an in-memory database.");
        }
        String rest = raw.substring(sep + 3);
        String query = "";
        int q = rest.indexOf('?');
        if (q >= 0) {
            query = rest.substring(q + 1);
            rest = rest.substring(0, q);
        }
        if (rest.isEmpty() || rest.equals("/") || rest.equals("/:memory:")) {
            String name = "strata-" + UUID.randomUUID();
            return new DatabaseUrl(this, "jdbc:sqlite:file:" + name + "?mode=memory&cache=shared",
                    null, null, Map.of(), "in-memory SQLite", raw, true);
        }
        if (!rest.startsWith("/")) {
            String shown = UrlParser.maskLoose(raw).substring(sep + 3);
            throw parser.error("'" + UrlParser.maskLoose(raw) + "' has a host part ('" + shown + "'); SQLite URLs have none."
                    + " Write sqlite:///" + shown + " for a relative path or sqlite:////" + shown + " for an absolute one.");
        }
        String path = parser.decode(rest.substring(1), "file path", raw);
        return new DatabaseUrl(this, "jdbc:sqlite:" + path, null, null, UrlParser.parameters(query), path, raw, false);
    }

    @Override
    public boolean embedded() {
        return true;
    }

    @Override
    public boolean inMemory(String jdbcUrl) {
        return jdbcUrl.contains(":memory:") || jdbcUrl.contains("mode=memory");
    }

    @Override
    public Optional<JdbcDriver> driver(DatabaseUrl url) {
        return Optional.of(DRIVER);
    }

    @Override
    public Optional<HibernateSettings> hibernate() {
        return Optional.of(HIBERNATE);
    }

    @Override
    public void configurePool(DatabaseUrl url, HikariConfig config) {
        Properties props = config.getDataSourceProperties();
        props.putIfAbsent("foreign_keys", "true");
        if (url.memory()) {
            // One connection: SQLite's shared in-memory cache fails writers with SQLITE_LOCKED
            // instead of waiting, so the pool serializes them.
            config.setMaximumPoolSize(1);
        } else {
            if (filePath(url.jdbcUrl()).isPresent()) {
                // Connections may not create the file: one opened after the file was deleted would write to
                // a new empty file, and the work would be lost with it. SQLiteFileGuard creates a missing
                // file once, before the first connection is lent.
                props.putIfAbsent("open_mode", Integer.toString(OPEN_READWRITE | OPEN_URI));
            }
            props.putIfAbsent("journal_mode", "WAL");
            props.putIfAbsent("synchronous", "NORMAL");
            // Writers take the lock when the transaction starts, so a read-then-write
            // transaction can never deadlock with another one (it waits busy_timeout instead).
            props.putIfAbsent("transaction_mode", "IMMEDIATE");
        }
    }

    @Override
    public void configureBusyTimeout(DatabaseUrl url, HikariConfig config, Duration busyTimeout) {
        config.getDataSourceProperties().putIfAbsent("busy_timeout", Long.toString(busyTimeout.toMillis()));
    }

    /**
     * A file's writers queue in the process ({@link SQLiteWriteQueue}), each for at most the busy timeout;
     * not where the application chose the data source, nor in memory (one connection writes there).
     */
    @Override
    public void queueWriters(DatabaseUrl url, HikariConfig config) {
        if (url.memory() || config.getDataSource() != null || config.getDataSourceClassName() != null) {
            return;
        }
        Properties props = config.getDataSourceProperties();
        Duration wait;
        try {
            wait = Duration.ofMillis(Long.parseLong(props.getProperty("busy_timeout", "").trim()));
        } catch (NumberFormatException e) {
            return; // the driver refuses such a busy_timeout itself, naming it
        }
        // The driver data source HikariCP would build from the same settings, behind the queue.
        config.setDataSource(new SQLiteWriteQueue(new DriverDataSource(config.getJdbcUrl(), config.getDriverClassName(),
                props, config.getUsername(), config.getPassword()), wait));
    }

    /** A plain file's guard ({@link SQLiteFileGuard}); elsewhere, only the closing of uncertain connections. */
    @Override
    public ConnectionGuard connectionGuard(DatabaseUrl url) {
        Optional<Path> file = url.memory() ? Optional.empty() : filePath(url.jdbcUrl());
        return file.<ConnectionGuard>map(SQLiteFileGuard::new).orElseGet(SQLiteConnectionGuard::new);
    }

    @Override
    public boolean isUnavailable(SQLException e) {
        return SQLiteCodes.unavailable(e);
    }

    /** The file of a {@code jdbc:sqlite:} URL naming a plain path (not a {@code file:} URI or memory). */
    private static Optional<Path> filePath(String jdbcUrl) {
        String rest = jdbcUrl.substring("jdbc:sqlite:".length());
        int q = rest.indexOf('?');
        if (q >= 0) {
            rest = rest.substring(0, q);
        }
        if (rest.isEmpty() || rest.startsWith("file:") || rest.contains(":memory:")) {
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(rest));
        } catch (java.nio.file.InvalidPathException e) {
            return Optional.empty();
        }
    }

    @Override
    public boolean memoryNeedsOpenConnection() {
        return true;
    }

    /**
     * A refused insert undoes only itself: SQLite's default {@code ABORT} conflict resolution (Strata's
     * DDL declares no other).
     */
    @Override
    public InsertRecovery insertRecovery() {
        return InsertRecovery.STATEMENT;
    }

    @Override
    public boolean isUniqueViolation(SQLException e) {
        String message = String.valueOf(e.getMessage());
        return e.getErrorCode() == SQLITE_CONSTRAINT_UNIQUE || e.getErrorCode() == SQLITE_CONSTRAINT_PRIMARYKEY
                || message.contains("SQLITE_CONSTRAINT_UNIQUE") || message.contains("SQLITE_CONSTRAINT_PRIMARYKEY");
    }

    @Override
    public boolean isConstraintViolation(SQLException e) {
        // sqlite-jdbc reports SQLite's extended result code; its low byte is the primary SQLITE_CONSTRAINT.
        return (e.getErrorCode() & 0xff) == SQLITE_CONSTRAINT || isUniqueViolation(e);
    }

    @Override
    public Optional<ConstraintViolation> constraintViolation(SQLException e) {
        return SQLiteViolations.describe(e);
    }

    @Override
    public Optional<String> migrationsDialect() {
        return Optional.of("sqlite");
    }

    @Override
    public String toString() {
        return name();
    }
}
