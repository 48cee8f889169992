package io.strata.core.internal.database.mariadb;

import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.zaxxer.hikari.HikariConfig;

import io.strata.core.ConstraintViolation;
import io.strata.core.internal.boot.ConnectionPool;
import io.strata.core.internal.database.DatabaseType;
import io.strata.core.internal.database.HibernateSettings;
import io.strata.core.internal.database.JdbcDriver;
import io.strata.core.internal.database.StatementBound;
import io.strata.core.internal.query.InsertRecovery;
import io.strata.core.internal.query.KeyLock;
import io.strata.core.internal.url.DatabaseUrl;
import io.strata.core.internal.url.UrlParser;

/** MariaDB and MySQL: {@code mariadb://user:password@host:port/db} or {@code mysql://…}, through the MariaDB driver. */
public final class MariaDBDatabaseType implements DatabaseType {

    private static final JdbcDriver DRIVER = new JdbcDriver("org.mariadb.jdbc.Driver", "org.mariadb.jdbc:mariadb-java-client");

    private static final int DEFAULT_PORT = 3306;
    /** {@code ER_DUP_ENTRY}, with the SQL state 23000 that covers every integrity violation. */
    private static final int DUPLICATE_KEY = 1062;
    /** Hibernate picks its own MariaDB dialect from the product name and version. */
    private static final HibernateSettings HIBERNATE = new HibernateSettings(null, "MariaDB", "10.11", Map.of());

    @Override
    public String name() {
        return "mariadb";
    }

    @Override
    public String displayName() {
        return "MariaDB/MySQL";
    }

    @Override
    public List<String> schemes() {
        return List.of("mariadb", "mysql");
    }

    @Override
    public List<String> jdbcPrefixes() {
        return List.of("jdbc:mariadb:", "jdbc:mysql:");
    }

    @Override
    public String urlForms() {
        return "mysql://… or mariadb://user:password@host:port/db";
    }

    @Override
    public DatabaseUrl parse(String raw, UrlParser parser) {
        return parser.server(this, raw, DEFAULT_PORT, "jdbc:mariadb://");
    }

    /** MariaDB's driver for Strata's URLs and {@code jdbc:mariadb:}; a {@code jdbc:mysql:} URL keeps the driver that claims it. */
    @Override
    public Optional<JdbcDriver> driver(DatabaseUrl url) {
        return url.jdbcUrl().startsWith("jdbc:mariadb:") ? Optional.of(DRIVER) : Optional.empty();
    }

    @Override
    public Optional<HibernateSettings> hibernate() {
        return Optional.of(HIBERNATE);
    }

    @Override
    public void configurePool(DatabaseUrl url, HikariConfig config) {
        // The MariaDB driver's connectTimeout is in milliseconds.
        config.getDataSourceProperties().putIfAbsent("connectTimeout",
                String.valueOf(ConnectionPool.DEFAULT_CONNECT_TIMEOUT_MS));
    }

    /**
     * MariaDB's {@code max_statement_time}, set on each new connection inside a MariaDB-only comment
     * (a MySQL server, which has no such variable, sets only a user variable), and the driver's socket
     * timeout a second past it for a server that stops answering at all.
     */
    @Override
    public StatementBound statementBound(Duration timeout) {
        String seconds = java.math.BigDecimal.valueOf(timeout.toMillis(), 3).toPlainString();
        return new StatementBound(Map.of("socketTimeout", String.valueOf(timeout.toMillis() + 1000)),
                maxStatementTime(seconds), maxStatementTime("0"), maxStatementTime(seconds));
    }

    private static String maxStatementTime(String seconds) {
        return "SET /*M! SESSION max_statement_time = " + seconds + ", */ @strata_statement_bound = " + seconds;
    }

    /**
     * InnoDB undoes only the duplicate insert and the transaction goes on. (A deadlock still rolls
     * back the whole transaction; it is not a unique violation, so it reaches the caller as the
     * deadlock it is.)
     */
    @Override
    public InsertRecovery insertRecovery() {
        return InsertRecovery.STATEMENT;
    }

    @Override
    public boolean isUniqueViolation(SQLException e) {
        return e.getErrorCode() == DUPLICATE_KEY;
    }

    @Override
    public KeyLock keyLock() {
        return new MariaDBKeyLock();
    }

    @Override
    public Optional<ConstraintViolation> constraintViolation(SQLException e) {
        return MariaDBViolations.describe(e);
    }

    @Override
    public Optional<String> migrationsDialect() {
        return Optional.of("mariadb");
    }

    @Override
    public String toString() {
        return name();
    }
}
