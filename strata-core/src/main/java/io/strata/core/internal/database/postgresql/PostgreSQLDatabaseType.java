package io.strata.core.internal.database.postgresql;

import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import com.zaxxer.hikari.HikariConfig;

import io.strata.core.ConstraintViolation;
import io.strata.core.internal.boot.ConnectionPool;
import io.strata.core.internal.boot.PlainLobs;
import io.strata.core.internal.database.DatabaseType;
import io.strata.core.internal.database.HibernateSettings;
import io.strata.core.internal.database.JdbcDriver;
import io.strata.core.internal.database.StatementBound;
import io.strata.core.internal.query.InsertRecovery;
import io.strata.core.internal.url.DatabaseUrl;
import io.strata.core.internal.url.UrlParser;

/** PostgreSQL: {@code postgresql://user:password@host:port/db} (also {@code postgres://}, {@code pgsql://}). */
public final class PostgreSQLDatabaseType implements DatabaseType {

    private static final JdbcDriver DRIVER = new JdbcDriver("org.postgresql.Driver", "org.postgresql:postgresql");

    private static final int DEFAULT_PORT = 5432;

    @Override
    public String name() {
        return "postgresql";
    }

    @Override
    public String displayName() {
        return "PostgreSQL";
    }

    @Override
    public List<String> schemes() {
        return List.of("postgresql", "postgres", "pgsql");
    }

    @Override
    public List<String> jdbcPrefixes() {
        return List.of("jdbc:postgresql:");
    }

    @Override
    public String urlForms() {
        return "postgresql://user:password@host:port/db";
    }

    @Override
    public DatabaseUrl parse(String raw, UrlParser parser) {
        return parser.server(this, raw, DEFAULT_PORT, "jdbc:postgresql://");
    }

    @Override
    public Optional<JdbcDriver> driver(DatabaseUrl url) {
        return Optional.of(DRIVER);
    }

    @Override
    public Optional<HibernateSettings> hibernate() {
        return Optional.of(Hibernate.SETTINGS);
    }

    @Override
    public void configurePool(DatabaseUrl url, HikariConfig config) {
        Properties props = config.getDataSourceProperties();
        // pgjdbc's connectTimeout is in seconds.
        props.putIfAbsent("connectTimeout", String.valueOf(ConnectionPool.DEFAULT_CONNECT_TIMEOUT_MS / 1000));
        props.putIfAbsent("ApplicationName", "strata");
    }

    /**
     * The server's {@code statement_timeout} from the connection's start-up options (so {@code RESET}
     * comes back to it), and pgjdbc's socket timeout, in whole seconds, a second past it: the server's own
     * cancel comes first, the socket timeout only when the server stops answering at all.
     */
    @Override
    public StatementBound statementBound(Duration timeout) {
        long millis = timeout.toMillis();
        long socketSeconds = (millis + 999) / 1000 + 1;
        return new StatementBound(Map.of("options", "-c statement_timeout=" + millis,
                "socketTimeout", String.valueOf(socketSeconds)), null, "SET statement_timeout = 0", "RESET statement_timeout");
    }

    /**
     * A failed statement aborts the whole transaction, so the insert skips a refused row
     * ({@code ON CONFLICT DO NOTHING}) where the entity's insert returns its key, and runs inside a
     * savepoint otherwise.
     */
    @Override
    public InsertRecovery insertRecovery() {
        return InsertRecovery.SKIP_CONFLICT;
    }

    @Override
    public Optional<ConstraintViolation> constraintViolation(SQLException e) {
        return PostgreSQLViolations.describe(e);
    }

    @Override
    public Optional<String> migrationsDialect() {
        return Optional.of("postgresql");
    }

    @Override
    public String toString() {
        return name();
    }

    /**
     * Loaded on first use: naming the dialect class loads Hibernate, which commands that need no
     * models (and so parse a URL but never boot Hibernate) must not.
     */
    private static final class Hibernate {
        static final HibernateSettings SETTINGS = new HibernateSettings(StrataPostgreSQLDialect.class.getName(),
                "PostgreSQL", "14.0", Map.of(PlainLobs.SETTING, "true",
                        // Inserts read the generated id with "insert … returning id" rather than the driver's
                        // getGeneratedKeys, which appends "returning *": once a statement is prepared on the
                        // server, a column added or dropped by a rolling deploy's revision changes what "*"
                        // returns, and every pooled connection's next insert fails with "cached plan must
                        // not change result type".
                        org.hibernate.cfg.AvailableSettings.USE_GET_GENERATED_KEYS, "false"));
    }
}
