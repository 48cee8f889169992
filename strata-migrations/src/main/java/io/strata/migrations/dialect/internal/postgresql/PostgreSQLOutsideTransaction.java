package io.strata.migrations.dialect.internal.postgresql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.strata.migrations.operations.CreateIndex;
import io.strata.migrations.operations.DropIndex;
import io.strata.migrations.operations.Operation;
import io.strata.migrations.runner.internal.OutsideTransaction;

/**
 * PostgreSQL: {@code CREATE/DROP INDEX CONCURRENTLY} cannot run in a transaction block. Before a
 * concurrent build, an {@code INVALID} index of that name (left by a build that failed or was
 * killed) is dropped concurrently so the build starts afresh; lock waits are bounded with a
 * session-level {@code SET lock_timeout}, set back afterwards.
 */
final class PostgreSQLOutsideTransaction implements OutsideTransaction {

    private static final Logger LOG = LoggerFactory.getLogger("io.strata.migrations.runner");

    private static final String INVALID = "SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid"
            + " JOIN pg_namespace n ON n.oid = c.relnamespace"
            + " WHERE c.relname = ? AND n.nspname = current_schema() AND NOT i.indisvalid";

    private final PostgreSQLDialect dialect;
    private String previousTimeout;

    PostgreSQLOutsideTransaction(PostgreSQLDialect dialect) {
        this.dialect = dialect;
    }

    @Override
    public boolean appliesTo(Operation op) {
        return op instanceof CreateIndex c && c.concurrently() || op instanceof DropIndex d && d.concurrently();
    }

    @Override
    public void prepare(Connection connection, Operation op) throws SQLException {
        if (!(op instanceof CreateIndex create)) {
            return;
        }
        String name = create.index().name();
        boolean invalid;
        try (PreparedStatement ps = connection.prepareStatement(INVALID)) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                invalid = rs.next();
            }
        }
        if (invalid) {
            LOG.warn("Index {} is INVALID (an earlier CREATE INDEX CONCURRENTLY failed or was stopped); dropping it to build it again",
                    name);
            try (Statement s = connection.createStatement()) {
                s.execute("DROP INDEX CONCURRENTLY IF EXISTS " + dialect.quote(name));
            }
        }
    }

    @Override
    public void bound(Connection connection, Duration timeout) throws SQLException {
        try (Statement s = connection.createStatement()) {
            try (ResultSet rs = s.executeQuery("SHOW lock_timeout")) {
                previousTimeout = rs.next() ? rs.getString(1) : null;
            }
            s.execute("SET lock_timeout = '" + timeout.toMillis() + "ms'");
        }
    }

    @Override
    public void restore(Connection connection) {
        if (previousTimeout == null) {
            return;
        }
        try (PreparedStatement ps = connection.prepareStatement("SELECT set_config('lock_timeout', ?, false)")) {
            ps.setString(1, previousTimeout);
            ps.executeQuery().close();
        } catch (SQLException ignored) {
            // the connection is broken; its session, and the setting, end with it
        }
        previousTimeout = null;
    }

    @Override
    public String reason(Operation op) {
        return (op instanceof CreateIndex ? "CREATE" : "DROP") + " INDEX CONCURRENTLY cannot run inside a transaction";
    }
}
