package io.strata.core.internal.database;

import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.zaxxer.hikari.HikariConfig;

import io.strata.core.ConstraintViolation;
import io.strata.core.internal.query.CreatePath;
import io.strata.core.internal.query.InsertRecovery;
import io.strata.core.internal.query.KeyLock;
import io.strata.core.internal.url.DatabaseUrl;
import io.strata.core.internal.url.UrlParser;

/**
 * Everything strata-core knows about one database, in one object: which URLs are its, how they
 * become JDBC settings, the Hibernate settings and pool defaults it starts with, how get-or-create
 * survives a duplicate insert on it, and which strata-migrations dialect renders its DDL.
 *
 * <p>Implementations live one package per database and are found through
 * {@code META-INF/services/io.strata.core.internal.database.DatabaseType}; {@link DatabaseTypes}
 * is the only place that chooses between them. A {@code jdbc:} URL no implementation claims gets
 * {@link GenericDatabaseType}.
 *
 * <p>Every registered type is created whenever a URL is parsed, also by commands that never boot
 * Hibernate: an implementation must not load Hibernate classes until {@link #hibernate()} or the
 * create path is asked for.
 */
public interface DatabaseType {

    /** The lower-case name, as messages show it ({@code postgresql}). */
    String name();

    /** The name people know it by ({@code PostgreSQL}). */
    String displayName();

    /** The URL schemes this database answers to, lower case ({@code postgresql}, {@code postgres}). */
    List<String> schemes();

    /** The starts of the {@code jdbc:} URLs that are this database's, lower case ({@code jdbc:postgresql:}). */
    List<String> jdbcPrefixes();

    /** The URL forms to suggest in messages ({@code postgresql://user:password@host:port/db}). */
    String urlForms();

    /**
     * Parses a URL whose scheme is one of {@link #schemes()}; {@code parser} has the shared server-URL
     * syntax and raises errors that name the setting.
     */
    DatabaseUrl parse(String url, UrlParser parser);

    /** Whether the database runs inside this process, in a file or in memory (SQLite, H2), not on a server. */
    default boolean embedded() {
        return false;
    }

    /** Whether this {@code jdbc:} URL (lower case) is of an in-memory database. */
    default boolean inMemory(String jdbcUrl) {
        return false;
    }

    /** The Hibernate settings Strata starts this database with; empty to let Hibernate ask the database. */
    Optional<HibernateSettings> hibernate();

    /**
     * The JDBC driver that connects to {@code url}, registered by class name before the pool starts;
     * empty to leave the choice to {@link java.sql.DriverManager} (a {@code jdbc:} URL of another driver).
     */
    default Optional<JdbcDriver> driver(DatabaseUrl url) {
        return Optional.empty();
    }

    /** Adds this database's defaults to the pool's configuration, keeping what the user set. */
    default void configurePool(DatabaseUrl url, HikariConfig config) {
        // The driver's defaults.
    }

    /**
     * How this database bounds each statement of the application to {@code timeout} (positive): a
     * server-side statement timeout, and a socket timeout a little longer so a server that stops
     * answering altogether cannot hold a request either. None by default.
     */
    default StatementBound statementBound(java.time.Duration timeout) {
        return StatementBound.NONE;
    }

    /**
     * Sets how long a statement waits for a lock another connection or process holds, from the
     * {@code busyTimeout} setting, keeping what the user set in the URL; only where the database has such a
     * wait of its own (SQLite's busy timeout). Nothing by default.
     */
    default void configureBusyTimeout(DatabaseUrl url, HikariConfig config, Duration busyTimeout) {
        // The database's own lock waits.
    }

    /**
     * Last, over the pool's complete configuration: where the database lets one transaction write at a
     * time, makes the pool's writers queue for it in the process (SQLite). Nothing by default.
     */
    default void queueWriters(DatabaseUrl url, HikariConfig config) {
        // Writers wait in the database.
    }

    /** The guard of this database's pooled connections ({@link ConnectionGuard#NONE} by default). */
    default ConnectionGuard connectionGuard(DatabaseUrl url) {
        return ConnectionGuard.NONE;
    }

    /**
     * Whether this error, in this database's own report, says the database cannot do the work now but may
     * later (locked by another process past the busy timeout, full, unreadable, damaged); connection
     * errors are recognized for every database. None by default.
     */
    default boolean isUnavailable(SQLException e) {
        return false;
    }

    /** Whether an in-memory database of this kind vanishes with its last connection, so the pool keeps one open. */
    default boolean memoryNeedsOpenConnection() {
        return false;
    }

    /** How a transaction survives an insert that a unique constraint refuses. */
    InsertRecovery insertRecovery();

    /**
     * Whether this error is a unique-constraint violation reported in this database's own way (the
     * standard SQL state {@code 23505} is recognized for every database).
     */
    default boolean isUniqueViolation(SQLException e) {
        return false;
    }

    /**
     * Whether this error is any constraint violation reported in this database's own way (the
     * standard SQL state class {@code 23} is recognized for every database); a unique violation by default.
     */
    default boolean isConstraintViolation(SQLException e) {
        return isUniqueViolation(e);
    }

    /**
     * What this error says a constraint refused, when it is this database's driver's report of a
     * constraint violation: the kind, and the table, columns and constraint its message names. Empty for
     * other errors, and by default (the SQL state's kind is then used).
     */
    default Optional<ConstraintViolation> constraintViolation(SQLException e) {
        return Optional.empty();
    }

    /** The lock around get-or-create's insert of one key; none by default. */
    default KeyLock keyLock() {
        return KeyLock.NONE;
    }

    /** What get-or-create's create path needs on this database. */
    default CreatePath createPath() {
        return new CreatePath(keyLock(), insertRecovery());
    }

    /** The name of the strata-migrations dialect for this database; empty when there is none. */
    Optional<String> migrationsDialect();

    /** Whether this database goes by {@code name} (its name or one of its URL schemes, any case). */
    default boolean is(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return name().equals(lower) || schemes().contains(lower);
    }
}
