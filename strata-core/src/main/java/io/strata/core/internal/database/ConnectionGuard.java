package io.strata.core.internal.database;

import java.sql.SQLException;
import java.util.Optional;

/**
 * What the pool must know about one database's connections beyond the driver's own reports: which
 * errors leave a connection in a state nobody can vouch for (so the pool closes it instead of lending
 * it again), what must hold before a connection is lent, and what keeps readiness down after such an
 * error. {@link #NONE} by default ({@link DatabaseType#connectionGuard}).
 */
public interface ConnectionGuard {

    /** No guard: the pool's own rules (HikariCP evicts on connection errors) only. */
    ConnectionGuard NONE = new ConnectionGuard() {
    };

    /**
     * Whether, after {@code e}, the connection that raised it may be in a transaction state nobody knows
     * (a failed begin, commit or rollback, a lock or I/O error mid-transaction): the pool then closes it,
     * which rolls back whatever it had pending, and never lends it again.
     */
    default boolean leavesStateUncertain(SQLException e) {
        return false;
    }

    /**
     * Runs before the pool lends a connection; throws a {@link io.strata.core.DatabaseUnreachableException}
     * when none may be used now. {@code evictAll} closes every pooled connection (those in use when given back).
     */
    default void beforeLending(Runnable evictAll) {
        // Nothing to check.
    }

    /**
     * Why the database cannot serve now, for readiness (e.g. a damaged file an error reported and no
     * check has cleared since); empty when nothing is known against it. Must answer at once: a slow
     * check runs in the background.
     */
    default Optional<String> fault() {
        return Optional.empty();
    }
}
