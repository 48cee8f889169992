package io.strata.migrations.runner.internal;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Revisions bracketed by plain JDBC transactions: each revision in its own transaction where the
 * database's DDL is transactional (PostgreSQL), else nothing to bracket, since each statement commits
 * as it runs (MariaDB, H2). Subclasses say how the migration lock is held.
 */
public abstract class PerRevisionTransactions implements RunProtocol {

    private final boolean transactional;

    /** @param transactional whether DDL takes part in transactions, so that a failed revision rolls back */
    protected PerRevisionTransactions(boolean transactional) {
        this.transactional = transactional;
    }

    @Override
    public void begin(Connection connection) throws SQLException {
        if (transactional) {
            connection.setAutoCommit(false);
        }
    }

    @Override
    public void commit(Connection connection) throws SQLException {
        if (transactional) {
            connection.commit();
            connection.setAutoCommit(true);
        }
    }

    @Override
    public void rollback(Connection connection) {
        if (!transactional) {
            return; // nothing can be undone
        }
        try {
            connection.rollback();
            connection.setAutoCommit(true);
        } catch (SQLException ignored) {
            // the connection is broken; closing it ends the transaction
        }
    }

    @Override
    public boolean rollsBack() {
        return transactional;
    }
}
