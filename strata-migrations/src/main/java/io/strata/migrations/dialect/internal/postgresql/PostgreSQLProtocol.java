package io.strata.migrations.dialect.internal.postgresql;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

import io.strata.migrations.runner.LockTimeoutException;
import io.strata.migrations.runner.internal.Deadline;
import io.strata.migrations.runner.internal.LockKeys;
import io.strata.migrations.runner.internal.PerRevisionTransactions;
import io.strata.migrations.runner.internal.SessionLockQuery;

/**
 * PostgreSQL: a session-level advisory lock on the working connection (scoped to the database by the
 * server, released if the session ends), and a transaction per revision.
 */
final class PostgreSQLProtocol extends PerRevisionTransactions {

    private final long key;

    PostgreSQLProtocol(String versionTable) {
        super(true);
        this.key = LockKeys.bigint("strata_migrations:" + versionTable);
    }

    @Override
    public void lock(Connection connection, Duration timeout) throws SQLException {
        Deadline deadline = Deadline.after(timeout);
        while (!Boolean.TRUE.equals(SessionLockQuery.selectOne(connection, "SELECT pg_try_advisory_lock(?)", key))) {
            if (deadline.passed() || !deadline.pause(100)) {
                throw new LockTimeoutException("pg_advisory_lock(" + key + ")", timeout);
            }
        }
    }

    @Override
    public void unlock(Connection connection) throws SQLException {
        SessionLockQuery.selectOne(connection, "SELECT pg_advisory_unlock(?)", key);
    }
}
