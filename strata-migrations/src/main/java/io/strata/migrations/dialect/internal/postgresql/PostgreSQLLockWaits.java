package io.strata.migrations.dialect.internal.postgresql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.strata.migrations.runner.BlockingSession;
import io.strata.migrations.runner.internal.LockWaits;
import io.strata.migrations.runner.internal.SessionLockQuery;

/**
 * PostgreSQL: {@code SET LOCAL lock_timeout} in each revision's transaction (DDL is transactional, so
 * a statement that gives up aborts the transaction and the rollback undoes the whole revision; the
 * setting ends with the transaction), SQL state {@code 55P03} ({@code lock_not_available}), and the
 * blockers from {@code pg_blocking_pids} joined with {@code pg_stat_activity}. While the statement
 * waits, the server queues later lock requests on the table behind it, so the timeout is also how
 * long readers can be held up.
 */
final class PostgreSQLLockWaits implements LockWaits {

    private static final String BLOCKERS = "SELECT a.pid, a.state, a.query,"
            + " extract(epoch FROM now() - coalesce(a.xact_start, a.backend_start)) * 1000"
            + " FROM pg_stat_activity a WHERE a.pid = ANY (pg_blocking_pids(?)) ORDER BY a.pid";

    @Override
    public void bound(Connection connection, Duration timeout) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("SET LOCAL lock_timeout = '" + timeout.toMillis() + "ms'");
        }
    }

    @Override
    public void restore(Connection connection) {
        // SET LOCAL ends with the transaction
    }

    @Override
    public boolean isLockTimeout(SQLException e) {
        return LockWaits.anyInChain(e, s -> "55P03".equals(s.getSQLState()));
    }

    @Override
    public Object sessionId(Connection connection) throws SQLException {
        return ((Number) SessionLockQuery.selectOne(connection, "SELECT pg_backend_pid()")).intValue();
    }

    @Override
    public List<BlockingSession> blockers(Connection other, Object sessionId) throws SQLException {
        List<BlockingSession> found = new ArrayList<>();
        try (PreparedStatement ps = other.prepareStatement(BLOCKERS)) {
            ps.setInt(1, (Integer) sessionId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.add(new BlockingSession(rs.getLong(1), rs.getString(2), rs.getString(3),
                            Duration.ofMillis((long) rs.getDouble(4))));
                }
            }
        }
        return found;
    }
}
