package io.strata.core.internal.query;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;

import io.strata.core.ConstraintViolations;

/**
 * How the caller's transaction survives an insert that a unique constraint refuses; each database's
 * {@link io.strata.core.internal.database.DatabaseType#insertRecovery()} picks one. A savepoint costs
 * two statements (on a server, two round trips), so it is taken only where a failed statement poisons
 * the transaction.
 */
public enum InsertRecovery {

    /**
     * The database undoes only the failed statement and the transaction goes on.
     */
    STATEMENT {
        @Override
        boolean insert(Connection connection, Runnable insert) {
            try {
                insert.run();
                return true;
            } catch (RuntimeException e) {
                if (ConstraintViolations.isUnique(e)) {
                    return false;
                }
                throw e;
            }
        }
    },

    /**
     * A failed statement aborts the whole transaction, or may: the insert runs inside a savepoint,
     * rolled back when the insert fails.
     */
    SAVEPOINT {
        @Override
        boolean insert(Connection connection, Runnable insert) throws SQLException {
            Savepoint savepoint = connection.setSavepoint();
            try {
                insert.run();
            } catch (RuntimeException e) {
                try {
                    connection.rollback(savepoint);
                } catch (SQLException lost) {
                    // The database rolled the transaction back whole, savepoint included (an InnoDB
                    // deadlock, say): the original error is the one to report.
                    e.addSuppressed(lost);
                    throw e;
                }
                if (ConstraintViolations.isUnique(e)) {
                    return false;
                }
                throw e;
            }
            connection.releaseSavepoint(savepoint);
            return true;
        }
    };

    /**
     * Runs {@code insert} on {@code connection}, inside the caller's transaction: true when it inserted,
     * false when a unique constraint refused the row (the transaction then goes on as before the
     * insert); any other failure is thrown.
     */
    abstract boolean insert(Connection connection, Runnable insert) throws SQLException;
}
