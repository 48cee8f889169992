package io.strata.migrations.dialect.internal.h2;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import io.strata.migrations.runner.internal.LockWaits;

/**
 * H2: the session's {@code LOCK_TIMEOUT} (how long a statement waits for a table lock another
 * session's open transaction holds), restored when the revision ends; error 50200
 * ({@code LOCK_TIMEOUT_1}). DDL commits as it runs: a revision is retried only when none of its
 * statements had run.
 */
final class H2LockWaits implements LockWaits {

    private long previous = -1;

    @Override
    public void bound(Connection connection, Duration timeout) throws SQLException {
        try (Statement s = connection.createStatement()) {
            if (previous < 0) {
                try (ResultSet rs = s.executeQuery("SELECT LOCK_TIMEOUT()")) {
                    rs.next();
                    previous = rs.getLong(1);
                }
            }
            s.execute("SET LOCK_TIMEOUT " + Math.max(1, timeout.toMillis()));
        }
    }

    @Override
    public void restore(Connection connection) {
        if (previous < 0) {
            return;
        }
        try (Statement s = connection.createStatement()) {
            s.execute("SET LOCK_TIMEOUT " + previous);
        } catch (SQLException ignored) {
            // a broken connection is closed by the caller, and the setting with it
        }
    }

    @Override
    public boolean isLockTimeout(SQLException e) {
        return LockWaits.anyInChain(e, s -> s.getErrorCode() == 50200);
    }
}
