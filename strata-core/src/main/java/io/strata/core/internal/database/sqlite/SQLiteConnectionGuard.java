package io.strata.core.internal.database.sqlite;

import java.sql.SQLException;

import io.strata.core.internal.database.ConnectionGuard;

/**
 * The guard of any SQLite database's connections (in memory, a {@code file:} URI): a connection whose
 * transaction state an error left uncertain ({@link SQLiteCodes#leavesStateUncertain}) is closed. A plain
 * file gets {@link SQLiteFileGuard}, which watches the file too.
 */
class SQLiteConnectionGuard implements ConnectionGuard {

    @Override
    public boolean leavesStateUncertain(SQLException e) {
        return SQLiteCodes.leavesStateUncertain(e);
    }
}
