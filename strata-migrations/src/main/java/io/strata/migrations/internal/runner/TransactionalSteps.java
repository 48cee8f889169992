package io.strata.migrations.internal.runner;

import java.sql.Connection;
import java.sql.SQLException;

/** Each revision in its own JDBC transaction (PostgreSQL, H2). */
abstract class TransactionalSteps implements RunProtocol {

    @Override
    public void begin(Connection connection) throws SQLException {
        connection.setAutoCommit(false);
    }

    @Override
    public void commit(Connection connection) throws SQLException {
        connection.commit();
        connection.setAutoCommit(true);
    }

    @Override
    public void rollback(Connection connection) {
        try {
            connection.rollback();
            connection.setAutoCommit(true);
        } catch (SQLException ignored) {
            // the connection is broken; closing it ends the transaction
        }
    }

    @Override
    public boolean rollsBack() {
        return true;
    }
}
