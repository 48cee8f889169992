package io.strata.core.internal.query;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.function.UnaryOperator;

import org.hibernate.HibernateException;

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
        boolean insert(Connection connection, boolean skipsConflicts, Insert insert) {
            try {
                insert.run(UnaryOperator.identity());
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
        boolean insert(Connection connection, boolean skipsConflicts, Insert insert) throws SQLException {
            Savepoint savepoint = connection.setSavepoint();
            try {
                insert.run(UnaryOperator.identity());
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
    },

    /**
     * A failed statement aborts the transaction, but the insert can skip a row a unique constraint refuses
     * (PostgreSQL's {@code ON CONFLICT DO NOTHING}: {@link ConflictSkippingInsert}), so no savepoint is needed.
     * A row refused for another reason (a foreign key, a check) fails the statement and so the transaction, as
     * a flush of a persisted entity would. Entities whose insert cannot skip ({@code skipsConflicts} false) take
     * the {@link #SAVEPOINT}.
     */
    SKIP_CONFLICT {
        @Override
        boolean insert(Connection connection, boolean skipsConflicts, Insert insert) throws SQLException {
            if (!skipsConflicts) {
                return SAVEPOINT.insert(connection, false, insert);
            }
            try {
                insert.run(ConflictSkippingInsert.SQL);
                return true;
            } catch (RuntimeException e) {
                if (e instanceof HibernateException hibernate && ConflictSkippingInsert.skipped(hibernate)) {
                    return false;
                }
                if (ConflictSkippingInsert.refusedBeforeRunning(e)) {
                    return SAVEPOINT.insert(connection, false, insert);
                }
                throw e;
            }
        }
    };

    /** The insert itself, given the statement inspector its stateless session applies. */
    @FunctionalInterface
    interface Insert {
        void run(UnaryOperator<String> statementInspector);
    }

    /**
     * Runs {@code insert} on {@code connection}, inside the caller's transaction: true when it inserted,
     * false when a unique constraint refused the row (the transaction then goes on as before the
     * insert); any other failure is thrown. {@code skipsConflicts}: whether the entity's insert can skip
     * a refused row ({@link ConflictSkippingInsert#supports}).
     */
    abstract boolean insert(Connection connection, boolean skipsConflicts, Insert insert) throws SQLException;
}
