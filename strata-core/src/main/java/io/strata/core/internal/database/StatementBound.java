package io.strata.core.internal.database;

import java.util.Map;

/**
 * How one database bounds the time of the application's statements (the query timeout): what the
 * pool's connections start with, and the statements that lift the bound on a connection the
 * migrations borrow (long DDL and backfills have the lock budget of their own) and put it back before
 * the pool has the connection again.
 *
 * @param driverProperties JDBC driver properties every pooled connection is opened with (the user's own win)
 * @param initSql a statement run on every new pooled connection, or {@code null}
 * @param lift the statement that takes the bound off a connection, or {@code null} when there is nothing to lift
 * @param restore the statement that puts it back, or {@code null}
 */
public record StatementBound(Map<String, String> driverProperties, String initSql, String lift, String restore) {

    /** No bound: the driver's defaults. */
    public static final StatementBound NONE = new StatementBound(Map.of(), null, null, null);

    /** Freezes the properties. */
    public StatementBound {
        driverProperties = Map.copyOf(driverProperties);
    }
}
