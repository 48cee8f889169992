package io.strata.core.internal.boot;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

/**
 * Where a {@link ConnectionPool}'s connections come from: a HikariCP pool ({@link PooledConnections}) for an
 * application, or the JDBC driver directly ({@link DirectConnections}) for a short process such as a
 * {@code db} command, which then starts no pool and no pool threads.
 */
interface Connections extends AutoCloseable {

    /** A connection, configured as the pool's are; closing it gives it back (or closes it). */
    Connection get() throws SQLException;

    /** Closes the physical connection behind {@code connection}; it is never lent again. */
    void evict(Connection connection);

    /** Closes every idle connection now and every lent one when it is given back. */
    void evictAll();

    /** The number of connections currently lent out. */
    int active();

    /** How long {@link #get()} waits for a connection before failing, in milliseconds. */
    long connectTimeoutMillis();

    /** The underlying data source (log writer, login timeout, unwrapping). */
    DataSource dataSource();

    @Override
    void close();
}
