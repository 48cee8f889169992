package io.strata.migrations.internal.runner;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;

import io.strata.migrations.runner.LockTimeoutException;

/**
 * PostgreSQL: a session-level advisory lock on the working connection (scoped to the database by the
 * server, released if the session ends), and a transaction per revision.
 */
final class PostgresqlProtocol extends TransactionalSteps {

    private final long key;

    PostgresqlProtocol(String versionTable) {
        this.key = LockKeys.bigint("strata_migrations:" + versionTable);
    }

    @Override
    public void lock(Connection connection, Duration timeout) throws SQLException {
        Deadline deadline = Deadline.after(timeout);
        try (PreparedStatement ps = connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
            ps.setLong(1, key);
            while (true) {
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    if (rs.getBoolean(1)) {
                        return;
                    }
                }
                if (deadline.passed() || !deadline.pause(100)) {
                    throw new LockTimeoutException("pg_advisory_lock(" + key + ")", timeout);
                }
            }
        }
    }

    @Override
    public void unlock(Connection connection) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT pg_advisory_unlock(?)")) {
            ps.setLong(1, key);
            ps.executeQuery().close();
        }
    }
}
