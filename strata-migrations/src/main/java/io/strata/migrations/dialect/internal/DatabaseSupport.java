package io.strata.migrations.dialect.internal;

import java.util.Set;

import io.strata.migrations.dialect.Dialect;
import io.strata.migrations.diff.internal.Representation;
import io.strata.migrations.inspect.internal.DialectInspector;
import io.strata.migrations.runner.internal.LockWaits;
import io.strata.migrations.runner.internal.RunProtocol;

/**
 * Everything Strata's migrations know about one database, handed out from one place: its SQL
 * dialect, its catalog reader, how the runner locks it and brackets revisions, and how it stores
 * what the neutral model says. Implementations live in the database's own package and are found by
 * {@link Databases} through {@link java.util.ServiceLoader}, so a new database is a new package plus
 * one line in {@code META-INF/services/io.strata.migrations.dialect.internal.DatabaseSupport}.
 * Stateless and thread-safe.
 */
public interface DatabaseSupport {

    /** The database's name, the same as its {@link Dialect#name()}, e.g. {@code postgresql}. */
    default String name() {
        return dialect().name();
    }

    /** Other lower-case names that mean this database, e.g. {@code mysql} for MariaDB. */
    default Set<String> aliases() {
        return Set.of();
    }

    /** The database's name for messages, e.g. {@code PostgreSQL}. */
    String displayName();

    /** Whether a JDBC driver reporting this {@link java.sql.DatabaseMetaData#getDatabaseProductName() product name} talks to this database. */
    boolean handlesProduct(String productName);

    /**
     * Whether JDBC metadata lookups should name the connection's current schema; false where the
     * database has no schemas (SQLite) or its schema is the catalog (MariaDB).
     */
    default boolean metadataHasSchemas() {
        return true;
    }

    /** The SQL dialect (one shared instance). */
    Dialect dialect();

    /** Reads the database's catalog into neutral tables. */
    DialectInspector inspector();

    /**
     * A new lock and transaction protocol for one command against the version table of this name
     * (protocols hold the lock's state).
     */
    RunProtocol runProtocol(String versionTable);

    /**
     * A new bound on how long one command's revision statements wait for locks, and the recognizer of
     * its lock-timeout errors (bounds may hold the session's previous setting); none by default.
     */
    default LockWaits lockWaits() {
        return LockWaits.NONE;
    }

    /**
     * A new judge of which operations run outside the revision's transaction on this database, and
     * how (PostgreSQL's {@code CONCURRENTLY} index operations); none by default.
     */
    default io.strata.migrations.runner.internal.OutsideTransaction outsideTransaction() {
        return io.strata.migrations.runner.internal.OutsideTransaction.NONE;
    }

    /**
     * What a backfill becomes in SQL output (offline {@code --sql}), for the script's comment: by default
     * one {@code UPDATE} of every row, neither batched nor resumable.
     */
    default String offlineBackfill(io.strata.migrations.operations.Backfill op) {
        return "SQL output cannot batch a backfill on " + displayName() + ": this is one UPDATE of every row, which"
                + " holds their row locks until it commits and starts over if stopped. Run the migration online"
                + " (without --sql) for batches of " + op.batchSize() + " rows that resume where a stopped run left off";
    }

    /**
     * How the runner turns a revision's operations into statements on this database: one at a time by
     * default; SQLite renders consecutive changes to one table as one rebuild.
     */
    default io.strata.migrations.runner.internal.StepRenderer stepRenderer() {
        return io.strata.migrations.runner.internal.StepRenderer.single(dialect());
    }

    /** How the database stores tables, for comparisons that ignore what it cannot represent. */
    default Representation representation() {
        return Representation.AS_IS;
    }

    /**
     * A query answering one row and column: the number of rows of an existing table, estimated from the
     * statistics where the database keeps them (a count of every row by default).
     */
    default String rowCountQuery(String table) {
        return "SELECT COUNT(*) FROM " + dialect().quote(table);
    }

    /**
     * How the database converts values and keeps one column a copy of another for expand/contract
     * revisions: {@code CAST} and no triggers by default (the application writes both columns).
     */
    default ColumnCopies columnCopies() {
        return ColumnCopies.withoutTriggers(dialect());
    }

    /** What each operation locks and touches on this database (see {@link io.strata.migrations.safety}). */
    io.strata.migrations.safety.SafetyAdvisor safetyAdvisor();
}
