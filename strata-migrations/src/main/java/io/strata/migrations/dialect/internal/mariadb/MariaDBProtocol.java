package io.strata.migrations.dialect.internal.mariadb;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

import io.strata.migrations.runner.LockTimeoutException;
import io.strata.migrations.runner.internal.LockKeys;
import io.strata.migrations.runner.internal.PerRevisionTransactions;
import io.strata.migrations.runner.internal.SessionLockQuery;
import io.strata.migrations.runner.MigrationException;

/**
 * MariaDB/MySQL: a named lock ({@code GET_LOCK}) held by the working connection and released if it
 * ends. Lock names are server-wide, so the name includes the database. DDL commits implicitly, so each
 * statement and the version update after each revision are committed as they run.
 */
final class MariaDBProtocol extends PerRevisionTransactions {

    private final String versionTable;
    private String name;

    MariaDBProtocol(String versionTable) {
        super(false);
        this.versionTable = versionTable;
    }

    @Override
    public void lock(Connection connection, Duration timeout) throws SQLException {
        name = LockKeys.fit("strata:" + connection.getCatalog() + "." + versionTable, 64);
        Object got = SessionLockQuery.selectOne(connection, "SELECT GET_LOCK(?, ?)", name,
                Math.max(0.001, timeout.toMillis() / 1000.0));
        if (got == null) {
            throw new MigrationException("GET_LOCK('" + name + "') failed on the server; check its error log");
        }
        if (((Number) got).intValue() != 1) {
            throw new LockTimeoutException("GET_LOCK('" + name + "')", timeout);
        }
    }

    @Override
    public void unlock(Connection connection) throws SQLException {
        SessionLockQuery.selectOne(connection, "SELECT RELEASE_LOCK(?)", name);
    }
}
