package io.strata.core.internal.boot;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.Properties;
import java.util.logging.Logger;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;

/**
 * Connections opened by the JDBC driver when asked and closed when given back, configured as the pool's
 * would be (URL, credentials, the data source properties the database type set, the connection's init SQL,
 * auto-commit, and the {@code hikari.*} isolation, read-only, catalog and schema settings): for a short process
 * that uses one or two connections, where a pool only costs its start-up, its classes and its threads. Nothing
 * is kept between two uses, so nothing needs evicting.
 */
final class DirectConnections implements Connections, DataSource {

    private final String jdbcUrl;
    private final Properties properties = new Properties();
    private final String initSql;
    private final boolean autoCommit;
    private final Integer isolation;
    private final boolean readOnly;
    private final String catalog;
    private final String schema;
    private final long connectTimeoutMillis;
    private final Driver driver;

    /** Over the pool's settings ({@code config}, complete: the database type has configured it). */
    DirectConnections(HikariConfig config, ClassLoader classLoader) {
        this.jdbcUrl = config.getJdbcUrl();
        properties.putAll(config.getDataSourceProperties());
        if (config.getUsername() != null) {
            properties.setProperty("user", config.getUsername());
        }
        if (config.getPassword() != null) {
            properties.setProperty("password", config.getPassword());
        }
        this.initSql = config.getConnectionInitSql();
        this.autoCommit = config.isAutoCommit();
        this.isolation = config.getTransactionIsolation() == null ? null : isolation(config.getTransactionIsolation());
        this.readOnly = config.isReadOnly();
        this.catalog = config.getCatalog();
        this.schema = config.getSchema();
        this.connectTimeoutMillis = config.getConnectionTimeout();
        this.driver = config.getDriverClassName() == null ? null : driver(config.getDriverClassName(), classLoader);
    }

    /** HikariCP's forms: a {@link Connection} constant's name ({@code TRANSACTION_READ_COMMITTED}) or its value. */
    private static int isolation(String level) {
        try {
            return Integer.parseInt(level);
        } catch (NumberFormatException notANumber) {
            try {
                return Connection.class.getField(level.startsWith("TRANSACTION_") ? level : "TRANSACTION_" + level)
                        .getInt(null);
            } catch (ReflectiveOperationException e) {
                throw new IllegalArgumentException("hikari.transactionIsolation '" + level + "' is not a transaction"
                        + " isolation level; use e.g. TRANSACTION_READ_COMMITTED", e);
            }
        }
    }

    private static Driver driver(String className, ClassLoader classLoader) {
        try {
            return (Driver) Class.forName(className, true, classLoader).getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new IllegalStateException("Cannot instantiate the JDBC driver " + className + ": " + e, e);
        }
    }

    @Override
    public Connection get() throws SQLException {
        Connection connection = driver != null ? driver.connect(jdbcUrl, properties)
                : DriverManager.getConnection(jdbcUrl, properties);
        if (connection == null) {
            throw new SQLException("The JDBC driver " + driver.getClass().getName() + " does not accept the URL");
        }
        try {
            if (initSql != null) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute(initSql);
                }
            }
            if (connection.getAutoCommit() != autoCommit) {
                connection.setAutoCommit(autoCommit);
            }
            if (isolation != null) {
                connection.setTransactionIsolation(isolation);
            }
            if (readOnly) {
                connection.setReadOnly(true);
            }
            if (catalog != null) {
                connection.setCatalog(catalog);
            }
            if (schema != null) {
                connection.setSchema(schema);
            }
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
        return connection;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return get();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        throw new SQLFeatureNotSupportedException("Strata connects with the URL's credentials only");
    }

    @Override
    public void evict(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // Evicted either way: the connection is not used again.
        }
    }

    @Override
    public void evictAll() {
        // No connection outlives its use.
    }

    /** Not counted: each connection is the caller's until it closes it. */
    @Override
    public int active() {
        return 0;
    }

    @Override
    public long connectTimeoutMillis() {
        return connectTimeoutMillis;
    }

    @Override
    public DataSource dataSource() {
        return this;
    }

    @Override
    public PrintWriter getLogWriter() {
        return DriverManager.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        DriverManager.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) {
        DriverManager.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() {
        return DriverManager.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() {
        return Logger.getLogger("io.strata");
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        throw new SQLException("DirectConnections is not a wrapper for " + iface.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return iface.isInstance(this);
    }

    @Override
    public void close() {
        // Nothing is held between uses.
    }
}
