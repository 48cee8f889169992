package io.strata.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import io.strata.migrations.dialect.Dialect;
import io.strata.migrations.dialect.Dialects;

/**
 * A scratch database a benchmark creates in its setup and drops in its teardown: a PostgreSQL
 * database named {@code strata_bench_<tag>_<pid>_<n>} on the benchmark server, or a SQLite file in
 * the temporary directory. Gives the same database as a Strata URL (for {@code Database.builder()})
 * and as a HikariCP pool configured like Strata's own (for the JDBC baselines).
 *
 * <p>The PostgreSQL server is {@code 127.0.0.1:5432}, user {@code strata}, password
 * {@code strata-test-pw}, unless the environment variables {@code STRATA_BENCH_PG_HOSTPORT},
 * {@code STRATA_BENCH_PG_USER} and {@code STRATA_BENCH_PG_PASSWORD} say otherwise. The user must be
 * allowed to create databases. SQLite files go to {@code STRATA_BENCH_SQLITE_DIR}, by default the
 * temporary directory.
 */
public final class BenchDatabase implements AutoCloseable {

    /** The databases benchmarks run on, as their {@code @Param} values. */
    public static final String POSTGRESQL = "postgresql";
    /** SQLite files (WAL), as Strata configures them. */
    public static final String SQLITE = "sqlite";

    /** {@code host:port} of the PostgreSQL server. */
    public static final String PG_HOSTPORT = setting("STRATA_BENCH_PG_HOSTPORT", "127.0.0.1:5432");
    /** The PostgreSQL user, which may create databases. */
    public static final String PG_USER = setting("STRATA_BENCH_PG_USER", "strata");
    /** The PostgreSQL user's password. */
    public static final String PG_PASSWORD = setting("STRATA_BENCH_PG_PASSWORD", "strata-test-pw");

    /** Where SQLite files go: {@code STRATA_BENCH_SQLITE_DIR}, else the temporary directory. */
    public static final String SQLITE_DIR = setting("STRATA_BENCH_SQLITE_DIR", System.getProperty("java.io.tmpdir"));

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final String kind;
    private final String name;
    private final Path file;

    private BenchDatabase(String kind, String name, Path file) {
        this.kind = kind;
        this.name = name;
        this.file = file;
    }

    /** Creates an empty database of this kind ({@link #POSTGRESQL} or {@link #SQLITE}); {@code tag} goes into its name. */
    public static BenchDatabase create(String kind, String tag) {
        return named(kind, "strata_bench_" + tag + "_" + ProcessHandle.current().pid() + "_" + SEQUENCE.incrementAndGet());
    }

    /**
     * (Re)creates the empty database of this kind and name ({@code strata_bench_…}; for SQLite the
     * file {@code <name>.db} in {@link #SQLITE_DIR}), dropping any previous one.
     */
    public static BenchDatabase named(String kind, String name) {
        if (!name.matches("strata_bench_\\w+")) {
            throw new IllegalArgumentException("benchmark database names are strata_bench_<letters, digits, _>: " + name);
        }
        switch (kind) {
            case POSTGRESQL -> {
                admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)", "CREATE DATABASE " + name);
                return new BenchDatabase(kind, name, null);
            }
            case SQLITE -> {
                Path file = Path.of(SQLITE_DIR).resolve(name + ".db").toAbsolutePath();
                BenchDatabase database = new BenchDatabase(kind, name, file);
                database.deleteFiles();
                return database;
            }
            default -> throw new IllegalArgumentException("database kind '" + kind + "': use postgresql or sqlite");
        }
    }

    /** {@link #POSTGRESQL} or {@link #SQLITE}. */
    public String kind() {
        return kind;
    }

    /** Whether this is the PostgreSQL database. */
    public boolean isPostgresql() {
        return kind.equals(POSTGRESQL);
    }

    /** Strata's dialect for this database. */
    public Dialect dialect() {
        return Dialects.byName(kind);
    }

    /** The URL {@code Database.builder().url(...)} takes. */
    public String strataUrl() {
        return isPostgresql()
                ? "postgresql://" + PG_USER + ":" + PG_PASSWORD + "@" + PG_HOSTPORT + "/" + name
                : "sqlite:///" + file;
    }

    /** The plain JDBC URL (credentials apart: {@link #user()}, {@link #password()}). */
    public String jdbcUrl() {
        return isPostgresql() ? "jdbc:postgresql://" + PG_HOSTPORT + "/" + name : "jdbc:sqlite:" + file;
    }

    /** The user to connect as ({@code null} for SQLite). */
    public String user() {
        return isPostgresql() ? PG_USER : null;
    }

    /** The password ({@code null} for SQLite). */
    public String password() {
        return isPostgresql() ? PG_PASSWORD : null;
    }

    /**
     * A HikariCP pool configured as Strata's {@code ConnectionPool} configures its own (connection
     * timeout, minimum idle, lazy start, and per database the same driver properties: foreign keys,
     * WAL, {@code synchronous=NORMAL}, {@code BEGIN IMMEDIATE} and busy timeout on SQLite; connect
     * timeout on PostgreSQL), so that a baseline and Strata differ only in what they do with it.
     */
    public HikariDataSource baselinePool() {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl());
        if (isPostgresql()) {
            config.setUsername(user());
            config.setPassword(password());
            config.addDataSourceProperty("connectTimeout", "5");
            config.addDataSourceProperty("ApplicationName", "strata-baseline");
        } else {
            config.addDataSourceProperty("foreign_keys", "true");
            config.addDataSourceProperty("busy_timeout", "30000");
            config.addDataSourceProperty("journal_mode", "WAL");
            config.addDataSourceProperty("synchronous", "NORMAL");
            config.addDataSourceProperty("transaction_mode", "IMMEDIATE");
        }
        config.setPoolName("baseline");
        config.setConnectionTimeout(5_000);
        config.setMinimumIdle(2);
        config.setInitializationFailTimeout(-1);
        return new HikariDataSource(config);
    }

    /** A plain driver connection (what a baseline process opens). */
    public Connection connect() throws SQLException {
        return isPostgresql() ? DriverManager.getConnection(jdbcUrl(), user(), password())
                : DriverManager.getConnection(jdbcUrl());
    }

    /** Drops the database (PostgreSQL, even with sessions left open) or deletes its files (SQLite). */
    @Override
    public void close() {
        if (isPostgresql()) {
            admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } else {
            deleteFiles();
        }
    }

    @Override
    public String toString() {
        return kind + " " + (isPostgresql() ? PG_HOSTPORT + "/" + name : file.toString());
    }

    /**
     * For scripts: {@code reset <kind> <name>} (re)creates an empty database, {@code drop <kind> <name>}
     * drops it (see {@link #named}).
     */
    public static void main(String[] args) {
        if (args.length != 3 || !(args[0].equals("reset") || args[0].equals("drop"))) {
            System.err.println("usage: BenchDatabase reset|drop postgresql|sqlite strata_bench_<name>");
            System.exit(2);
        }
        BenchDatabase database = named(args[1], args[2]);
        if (args[0].equals("drop")) {
            database.close();
        }
    }

    private void deleteFiles() {
        for (String suffix : new String[] {"", "-wal", "-shm", "-journal"}) {
            try {
                Files.deleteIfExists(Path.of(file + suffix));
            } catch (IOException e) {
                throw new IllegalStateException("Cannot delete " + file + suffix + ": " + e.getMessage(), e);
            }
        }
    }

    private static void admin(String... statements) {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://" + PG_HOSTPORT + "/postgres", PG_USER,
                PG_PASSWORD); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + PG_HOSTPORT + " as " + PG_USER + " (" + e.getMessage()
                    + "): the benchmarks need a user that may CREATE DATABASE; see benchmarks/README.md", e);
        }
    }

    private static String setting(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value.strip();
    }
}
