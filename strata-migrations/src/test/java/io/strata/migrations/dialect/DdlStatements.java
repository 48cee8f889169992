package io.strata.migrations.dialect;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** Runs rendered DDL on a test connection: in one transaction where the dialect's DDL is transactional. */
public final class DdlStatements {

    private DdlStatements() {
    }

    /** Executes the statements; a failure names the database and the statement. */
    public static void execute(Connection connection, Dialect dialect, List<String> statements) throws SQLException {
        boolean transactional = dialect.transactionalDdl();
        connection.setAutoCommit(!transactional);
        try (Statement s = connection.createStatement()) {
            for (String sql : statements) {
                try {
                    s.execute(sql);
                } catch (SQLException e) {
                    throw new SQLException(e.getMessage() + "\n  while executing on " + dialect.name() + ":\n" + sql, e);
                }
            }
            if (transactional) {
                connection.commit();
            }
        } catch (SQLException e) {
            if (transactional) {
                connection.rollback();
            }
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }
}
