package io.strata.javalin.internal;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;

import org.hibernate.QueryTimeoutException;
import org.hibernate.exception.JDBCConnectionException;

import io.strata.core.DatabaseFailures;
import io.strata.core.DatabaseUnreachableException;

/**
 * Failures that mean the database cannot be reached now, rather than that the request was wrong: no
 * connection within the pool's timeout, a connection lost or refused (SQL state class 08, or PostgreSQL
 * shutting down), a statement cancelled by the query timeout (57014 on PostgreSQL and H2, 70100 on
 * MariaDB, JDBC's {@link SQLTimeoutException}), or what {@link DatabaseFailures#isUnavailable} recognizes (a
 * SQLite file locked by another process past the busy timeout, full, gone or damaged). {@link Problems} answers them 503 with a {@code Retry-After}, so clients and load
 * balancers retry instead of reporting a bug.
 */
public final class DatabaseUnavailable {

    /** Seconds a client is asked to wait before retrying: about the time readiness takes to notice. */
    public static final int RETRY_AFTER_SECONDS = 5;

    private DatabaseUnavailable() {
    }

    /** Whether {@code failure}, or one of its causes, says the database is unreachable. */
    public static boolean causedBy(Throwable failure) {
        if (DatabaseFailures.isUnavailable(failure)) {
            return true;
        }
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DatabaseUnreachableException || t instanceof JDBCConnectionException
                    || t instanceof SQLTransientConnectionException || t instanceof SQLRecoverableException
                    || t instanceof SQLTimeoutException || t instanceof QueryTimeoutException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null && unavailableState(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /**
     * SQL state class 08 (connection exception); PostgreSQL's 57P01-57P03: the server is shutting
     * down, crashed, or is not accepting connections yet (a failover or restart in progress); and a
     * statement the query timeout cancelled: 57014 (PostgreSQL, H2), 70100 (MariaDB's max_statement_time).
     */
    private static boolean unavailableState(String state) {
        return state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03")
                || state.equals("57014") || state.equals("70100");
    }

    /** What the failure says, with its root cause, for the log (never for the client). */
    static String describe(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == failure ? String.valueOf(failure.getMessage()) : failure.getMessage() + " / " + root.getMessage();
    }
}
