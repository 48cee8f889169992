package io.strata.core.internal.boot;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.strata.core.ConfigurationException;
import io.strata.core.DatabaseUnreachableException;
import io.strata.core.internal.database.DelegatingDataSource;
import io.strata.core.internal.database.StatementBound;
import io.strata.core.internal.database.ConnectionGuard;
import io.strata.core.internal.url.DatabaseUrl;

/**
 * The connections of one database, from a HikariCP pool (or, for a short process, straight from the driver:
 * {@link #create(DatabaseUrl, Map, ClassLoader, Duration, Duration, boolean)}): a bounded connect timeout, then
 * the database's own defaults ({@link io.strata.core.internal.database.DatabaseType#configurePool}), with one
 * connection held open for an in-memory database that needs it, and the database's {@link ConnectionGuard}: a connection an
 * error left in an uncertain transaction state is closed, never lent again. The database's JDBC driver is loaded by class name
 * first ({@link io.strata.core.internal.database.JdbcDriver}): a missing one is a
 * {@link io.strata.core.MissingDriverException} naming the artifact to add, and a shaded jar whose
 * {@code META-INF/services/java.sql.Driver} lists another driver still connects. A failure to connect
 * becomes a {@link DatabaseUnreachableException} naming where the database was expected, never its password.
 */
public final class ConnectionPool extends DelegatingDataSource implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ConnectionPool.class);

    /** Engine properties with this prefix configure HikariCP (e.g. {@code hikari.maximumPoolSize}). */
    public static final String HIKARI_PREFIX = "hikari.";
    /** Milliseconds to wait for a connection before reporting the database unreachable. */
    public static final long DEFAULT_CONNECT_TIMEOUT_MS = 5_000;

    private final DatabaseUrl url;
    private final Connections pool;
    private final StatementBound bound;
    private final ConnectionGuard guard;
    /** Keeps an in-memory database alive while the pool recycles its connections. */
    private final Connection keeper;

    private ConnectionPool(DatabaseUrl url, Connections pool, StatementBound bound, ConnectionGuard guard,
            Connection keeper) {
        super(pool.dataSource());
        this.url = url;
        this.pool = pool;
        this.bound = bound;
        this.guard = guard;
        this.keeper = keeper;
    }

    /**
     * Creates the pool (without connecting: a database that is down does not stop start-up), after
     * registering the database's driver from {@code classLoader}. Each statement of a pooled connection
     * is bounded by {@code queryTimeout} as the database does it ({@link StatementBound}; zero: unbounded);
     * {@code busyTimeout} bounds a statement's wait for another process's lock where the database has such
     * a wait (SQLite).
     */
    public static ConnectionPool create(DatabaseUrl url, Map<String, String> engineProperties, ClassLoader classLoader,
            Duration queryTimeout, Duration busyTimeout) {
        return create(url, engineProperties, classLoader, queryTimeout, busyTimeout, true);
    }

    /**
     * As {@link #create(DatabaseUrl, Map, ClassLoader, Duration, Duration)}; without {@code pooled}, each use
     * opens its own connection from the driver, configured as the pool's would be, and closing it closes it:
     * no HikariCP pool is started (nor its threads). An in-memory database is always pooled: it lives only as
     * long as a connection does; so is one reached through a {@code hikari.dataSourceClassName}.
     */
    public static ConnectionPool create(DatabaseUrl url, Map<String, String> engineProperties, ClassLoader classLoader,
            Duration queryTimeout, Duration busyTimeout, boolean pooled) {
        Properties hikari = new Properties();
        engineProperties.forEach((k, v) -> {
            if (k.startsWith(HIKARI_PREFIX)) {
                hikari.setProperty(k.substring(HIKARI_PREFIX.length()), v);
            }
        });
        HikariConfig config;
        try {
            config = new HikariConfig(hikari);
        } catch (RuntimeException e) {
            throw new ConfigurationException("engine properties", "The engine properties " + hikari.stringPropertyNames()
                    + " are not all HikariCP settings: " + e.getMessage() + ". Use the names of HikariConfig's"
                    + " setters, prefixed with '" + HIKARI_PREFIX + "' (e.g. hikari.maximumPoolSize).", e);
        }
        config.setJdbcUrl(url.jdbcUrl());
        if (url.user() != null) {
            config.setUsername(url.user());
        }
        if (url.password() != null) {
            config.setPassword(url.password());
        }
        url.driverProperties().forEach(config::addDataSourceProperty);
        if (!hikari.containsKey("poolName")) {
            config.setPoolName("strata");
        }
        // A request waits for a connection, and for the check that a pooled one still answers, no longer
        // than it may wait for a statement (the query timeout and its second of socket slack).
        long requestBound = queryTimeout.isZero() ? Long.MAX_VALUE : queryTimeout.toMillis() + 1_000;
        if (!hikari.containsKey("connectionTimeout")) {
            config.setConnectionTimeout(Math.min(DEFAULT_CONNECT_TIMEOUT_MS, requestBound));
        }
        if (!hikari.containsKey("validationTimeout")) {
            config.setValidationTimeout(Math.min(config.getValidationTimeout(), Math.min(requestBound,
                    config.getConnectionTimeout())));
        }
        if (!hikari.containsKey("minimumIdle")) {
            // Connections are opened as the load needs them; an idle application keeps two.
            config.setMinimumIdle(2);
        }
        if (!hikari.containsKey("initializationFailTimeout")) {
            config.setInitializationFailTimeout(-1);
        }
        url.kind().driver(url).ifPresent(driver -> {
            driver.register(url.kind().name(), classLoader);
            // The driver DriverManager gives for the URL is used as it is (it may be a wrapper an
            // application or agent registered for it); only where none is visible from here (another
            // class loader) is the pool told the class.
            if (!hikari.containsKey("driverClassName") && !hikari.containsKey("dataSourceClassName")
                    && !driverManagerAccepts(url.jdbcUrl())) {
                config.setDriverClassName(driver.className());
            }
        });
        url.kind().configurePool(url, config);
        StatementBound bound = queryTimeout.isZero() ? StatementBound.NONE : url.kind().statementBound(queryTimeout);
        bound.driverProperties().forEach(config.getDataSourceProperties()::putIfAbsent);
        if (bound.initSql() != null && config.getConnectionInitSql() == null) {
            config.setConnectionInitSql(bound.initSql());
        }
        url.kind().configureBusyTimeout(url, config, busyTimeout);
        ConnectionGuard guard = url.kind().connectionGuard(url);
        Connection keeper = null;
        try {
            // A data source class of the application's choosing is HikariCP's to drive: it keeps the pool.
            if (!pooled && !url.memory() && config.getDataSourceClassName() == null && config.getDataSource() == null) {
                return new ConnectionPool(url, new DirectConnections(config, classLoader), bound, guard, null);
            }
            if (url.memory() && url.kind().memoryNeedsOpenConnection()) {
                keeper = java.sql.DriverManager.getConnection(url.jdbcUrl(), config.getDataSourceProperties());
            }
            url.kind().queueWriters(url, config);
            // A connection whose transaction state an error left uncertain is closed, never lent again.
            return new ConnectionPool(url, PooledConnections.start(config, guard,
                    hikari.containsKey("exceptionOverrideClassName")), bound, guard, keeper);
        } catch (SQLException | RuntimeException e) {
            throw new ConfigurationException("url", "Cannot set up the connection pool for " + url + ": "
                    + e.getMessage(), e);
        }
    }

    /** The URL this pool connects to. */
    public DatabaseUrl url() {
        return url;
    }

    /**
     * The pool's connections for the migrations: the statement bound is lifted while they have one
     * (long DDL and backfills are bounded by the lock budget instead), and put back before the pool
     * has it again.
     */
    public DataSource forMigrations() {
        return bound.lift() == null ? this : new MigrationConnections(this, bound);
    }

    /** Closes the physical connection behind {@code connection} and takes it out of the pool. */
    void evict(Connection connection) {
        pool.evict(connection);
    }

    /**
     * Opens the pool's first connection on a daemon thread of its own and gives it back, so that the first
     * statement of the application (say, {@code sync()}'s) finds it open instead of waiting while the driver
     * connects (SQLite's unpacks its native library). A failure is left for that first use to report.
     */
    public void openInBackground() {
        Thread thread = new Thread(() -> {
            try (Connection ignored = getConnection()) {
                LOG.debug("Opened the pool's first connection in the background");
            } catch (RuntimeException | SQLException e) {
                LOG.debug("Could not open the pool's first connection in the background; the first use will say why", e);
            }
        }, "strata-pool-start");
        thread.setDaemon(true);
        thread.start();
    }

    /** The number of connections currently lent out by the pool (0 without a pool: they are not counted). */
    public int activeConnections() {
        return pool.active();
    }

    /**
     * Why the database cannot serve now although it may answer queries (a damaged file an error reported),
     * for readiness; empty when nothing is known against it. Answers at once.
     */
    public Optional<String> fault() {
        return guard.fault();
    }

    @Override
    public Connection getConnection() {
        guard.beforeLending(this::evictAll);
        try {
            return pool.get();
        } catch (SQLException e) {
            throw unreachable(e);
        }
    }

    private DatabaseUnreachableException unreachable(SQLException e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String reason = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        if (url.password() != null && !url.password().isEmpty()) {
            reason = reason.replace(url.password(), "***");
        }
        return new DatabaseUnreachableException(url.location(), "Cannot connect to the " + url.kind().name()
                + " database at " + url.location() + " within " + pool.connectTimeoutMillis() + " ms: " + reason
                + ". Check that the server is running and reachable, and that the URL (" + url
                + ") and its credentials are right.", e);
    }

    /** Closes every idle connection now and every lent one when it is given back. */
    private void evictAll() {
        pool.evictAll();
    }

    @Override
    public void close() {
        pool.close();
        if (keeper != null) {
            try {
                keeper.close();
            } catch (SQLException ignored) {
                // The in-memory database is discarded either way.
            }
        }
    }

    @Override
    public String toString() {
        return "ConnectionPool[" + url + "]";
    }

    private static boolean driverManagerAccepts(String jdbcUrl) {
        try {
            java.sql.DriverManager.getDriver(jdbcUrl);
            return true;
        } catch (SQLException e) {
            return false;
        }
    }
}
