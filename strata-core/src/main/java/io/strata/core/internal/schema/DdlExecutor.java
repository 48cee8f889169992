package io.strata.core.internal.schema;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import javax.sql.DataSource;

import io.strata.DatabaseAccessException;
import io.strata.migrations.dialect.Dialect;

/**
 * Runs DDL statements on one connection: in one transaction where the database's DDL is
 * transactional (nothing is left half-done), one by one otherwise. A failure names the statement.
 */
final class DdlExecutor {

    private final DataSource dataSource;
    private final Dialect dialect;

    DdlExecutor(DataSource dataSource, Dialect dialect) {
        this.dataSource = dataSource;
        this.dialect = dialect;
    }

    void execute(String what, List<String> statements) {
        try (Connection c = dataSource.getConnection()) {
            boolean transactional = dialect.transactionalDdl();
            boolean autoCommit = c.getAutoCommit();
            if (transactional) {
                c.setAutoCommit(false);
            }
            String current = null;
            try (Statement s = c.createStatement()) {
                for (String sql : statements) {
                    current = sql;
                    s.execute(sql);
                }
                if (transactional) {
                    c.commit();
                }
            } catch (SQLException e) {
                if (transactional) {
                    c.rollback();
                }
                throw new DatabaseAccessException("Could not " + what + " on " + dialect.name() + ": " + e.getMessage()
                        + " (statement: " + current + ")" + (transactional ? "; nothing was changed."
                        : "; " + dialect.name() + " cannot roll DDL back, so the statements before this one stay applied."), e);
            } finally {
                if (transactional) {
                    c.setAutoCommit(autoCommit);
                }
            }
        } catch (SQLException e) {
            throw new DatabaseAccessException("Could not " + what + ": " + e.getMessage(), e);
        }
    }
}
