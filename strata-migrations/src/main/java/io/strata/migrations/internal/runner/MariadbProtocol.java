package io.strata.migrations.internal.runner;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;

import io.strata.migrations.runner.LockTimeoutException;
import io.strata.migrations.runner.MigrationException;

/**
 * MariaDB/MySQL: a named lock ({@code GET_LOCK}) held by the working connection and released if it
 * ends. Lock names are server-wide, so the name includes the database. DDL commits implicitly, so each
 * statement and the version update after each revision are committed as they run.
 */
final class MariadbProtocol implements RunProtocol {

    private final String versionTable;
    private String name;

    MariadbProtocol(String versionTable) {
        this.versionTable = versionTable;
    }

    @Override
    public void lock(Connection connection, Duration timeout) throws SQLException {
        name = LockKeys.fit("strata:" + connection.getCatalog() + "." + versionTable, 64);
        try (PreparedStatement ps = connection.prepareStatement("SELECT GET_LOCK(?, ?)")) {
            ps.setString(1, name);
            ps.setDouble(2, Math.max(0.001, timeout.toMillis() / 1000.0));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                int got = rs.getInt(1);
                if (rs.wasNull()) {
                    throw new MigrationException("GET_LOCK('" + name + "') failed on the server; check its error log");
                }
                if (got != 1) {
                    throw new LockTimeoutException("GET_LOCK('" + name + "')", timeout);
                }
            }
        }
    }

    @Override
    public void unlock(Connection connection) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT RELEASE_LOCK(?)")) {
            ps.setString(1, name);
            ps.executeQuery().close();
        }
    }

    @Override
    public void begin(Connection connection) {
        // DDL commits implicitly: there is no unit of work to open
    }

    @Override
    public void commit(Connection connection) {
        // each statement was committed as it ran
    }

    @Override
    public void rollback(Connection connection) {
        // nothing can be undone
    }

    @Override
    public boolean rollsBack() {
        return false;
    }
}
