package io.strata.migrations.runner.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The one-row queries that take and release a lock the server keeps for the session (PostgreSQL's
 * advisory locks, MariaDB's named locks), so that the lock dies with the connection.
 */
public final class SessionLockQuery {

    private SessionLockQuery() {
    }

    /** Runs {@code sql} with these parameters and returns the first column of its one row ({@code null} if SQL NULL). */
    public static Object selectOne(Connection connection, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getObject(1);
            }
        }
    }
}
