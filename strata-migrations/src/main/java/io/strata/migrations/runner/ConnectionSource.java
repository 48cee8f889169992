package io.strata.migrations.runner;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

/** Where the runner gets a connection for one command; it closes the connection when done. */
@FunctionalInterface
public interface ConnectionSource {

    /** Opens (or borrows) a connection. */
    Connection open() throws SQLException;

    /** Connections from a data source (a pool, or a driver's own data source). */
    static ConnectionSource of(DataSource dataSource) {
        return dataSource::getConnection;
    }
}
