package io.strata.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Assumptions;

/**
 * A fresh, isolated database of one kind, created for one test (class) and removed by {@link #close()}.
 *
 * <p>Tests usually receive one from {@link Databases @Databases}, which creates it before the test and
 * removes it after; {@link #create(DbKind)} is for tests that manage it themselves, and
 * {@link SharedDatabases} shares one per kind among the tests of a class.
 *
 * <p>PostgreSQL and MariaDB get a new database {@code strata_t_<random>} on the machine's server,
 * reached as user {@code strata} with a password (so tests can prove the password never leaks);
 * {@code .ci/setup-databases} creates that user. SQLite gets a new file, H2 a named in-memory
 * database. When a server is unreachable the test fails under {@code CI=true} and is skipped
 * otherwise, with a message that says how to enable it.
 */
public final class TestDatabase implements AutoCloseable {

    /** The password of the {@code strata} test user on PostgreSQL and MariaDB. */
    public static final String PASSWORD = "strata-test-pw";
    /** The test user on PostgreSQL and MariaDB. */
    public static final String USER = "strata";

    private static final String PG_HOST = System.getProperty("strata.test.pg.host", "127.0.0.1:5432");
    private static final String MARIADB_HOST = System.getProperty("strata.test.mariadb.host", "127.0.0.1:3306");

    private final DbKind kind;
    private final String name;
    private final Path file;
    private boolean open;
    private boolean closed;

    /** A database not created yet: {@link #open()} creates it. */
    TestDatabase(DbKind kind) {
        this.kind = kind;
        this.name = "strata_t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        this.file = kind == DbKind.SQLITE ? Path.of("target", "test-dbs", name + ".db").toAbsolutePath() : null;
    }

    /** Creates a fresh database of the given kind (skips or fails the test when its server is down). */
    public static TestDatabase create(DbKind kind) {
        TestDatabase db = new TestDatabase(kind);
        db.open();
        return db;
    }

    /** Creates the database on its server (or the SQLite file's folder); nothing after the first call. */
    synchronized void open() {
        if (open) {
            return;
        }
        if (kind == DbKind.SQLITE) {
            try {
                Files.createDirectories(file.getParent());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        } else if (kind.needsServer()) {
            adminExecute("CREATE DATABASE " + name);
        }
        open = true;
    }

    /** The kind of database. */
    public DbKind kind() {
        return kind;
    }

    /** The database's name (also the SQLite file's base name). */
    public String name() {
        return name;
    }

    /** A JDBC URL without credentials. */
    public String jdbcUrl() {
        switch (kind) {
            case SQLITE: return "jdbc:sqlite:" + file;
            case H2: return "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
            case POSTGRESQL: return "jdbc:postgresql://" + PG_HOST + "/" + name;
            default: return "jdbc:mariadb://" + MARIADB_HOST + "/" + name;
        }
    }

    /** A Strata (SQLAlchemy-style) URL, with the password embedded where the database has one. */
    public String url() {
        switch (kind) {
            case SQLITE: return "sqlite:///" + file;
            case H2: return "h2:mem:" + name;
            case POSTGRESQL: return "postgresql://" + USER + ":" + PASSWORD + "@" + PG_HOST + "/" + name;
            default: return "mariadb://" + USER + ":" + PASSWORD + "@" + MARIADB_HOST + "/" + name;
        }
    }

    /** The user to connect as ({@code null} for SQLite). */
    public String user() {
        return kind.needsServer() ? USER : (kind == DbKind.H2 ? "sa" : null);
    }

    /** The password to connect with ({@code null} where there is none). */
    public String password() {
        return kind.needsServer() ? PASSWORD : (kind == DbKind.H2 ? "" : null);
    }

    /** The SQLite file, or {@code null} for other kinds. */
    public Path file() {
        return file;
    }

    /** Opens a new JDBC connection (auto-commit on) to this database. */
    public Connection connect() throws SQLException {
        if (kind == DbKind.SQLITE) {
            java.util.Properties props = new java.util.Properties();
            props.setProperty("foreign_keys", "true");
            return DriverManager.getConnection(jdbcUrl(), props);
        }
        return DriverManager.getConnection(jdbcUrl(), user(), password());
    }

    /** Removes the database (drops it on the server, deletes the SQLite file); nothing after the first call. */
    @Override
    public synchronized void close() {
        if (!open || closed) {
            return;
        }
        closed = true;
        try {
            switch (kind) {
                case SQLITE:
                    for (String suffix : new String[] {"", "-wal", "-shm", "-journal"}) {
                        Files.deleteIfExists(Path.of(file + suffix));
                    }
                    break;
                case H2:
                    try (Connection c = connect(); Statement s = c.createStatement()) {
                        s.execute("SHUTDOWN");
                    }
                    break;
                case POSTGRESQL:
                    adminExecute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
                    break;
                default:
                    adminExecute("DROP DATABASE IF EXISTS " + name);
            }
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("could not remove test database " + name + ": " + e.getMessage(), e);
        }
    }

    /** Whether the database is there (for the fixture's own tests). */
    boolean exists() throws SQLException {
        switch (kind) {
            case SQLITE:
                return Files.exists(file);
            case H2:
                try (Connection c = DriverManager.getConnection(jdbcUrl() + ";IFEXISTS=TRUE", user(), password())) {
                    return true;
                } catch (SQLException e) {
                    return false;
                }
            default:
                String url = kind == DbKind.POSTGRESQL
                        ? "jdbc:postgresql://" + PG_HOST + "/postgres?connectTimeout=3"
                        : "jdbc:mariadb://" + MARIADB_HOST + "/?connectTimeout=3000";
                String sql = kind == DbKind.POSTGRESQL
                        ? "SELECT 1 FROM pg_database WHERE datname = ?"
                        : "SELECT 1 FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = ?";
                try (Connection c = DriverManager.getConnection(url, USER, PASSWORD);
                        java.sql.PreparedStatement s = c.prepareStatement(sql)) {
                    s.setString(1, name);
                    try (java.sql.ResultSet rs = s.executeQuery()) {
                        return rs.next();
                    }
                }
        }
    }

    /** The kind's name, as parameterized tests show it. */
    @Override
    public String toString() {
        return kind.name();
    }

    private void adminExecute(String sql) {
        String url = kind == DbKind.POSTGRESQL
                ? "jdbc:postgresql://" + PG_HOST + "/postgres?connectTimeout=3"
                : "jdbc:mariadb://" + MARIADB_HOST + "/?connectTimeout=3000";
        try (Connection c = DriverManager.getConnection(url, USER, PASSWORD); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            unavailable(kind, e);
        }
    }

    /** Fails (under {@code CI=true}) or skips the current test because the server of {@code kind} is unusable. */
    static void unavailable(DbKind kind, SQLException cause) {
        String host = kind == DbKind.POSTGRESQL ? PG_HOST : MARIADB_HOST;
        String message = kind.name().toLowerCase(Locale.ROOT) + " at " + host + " is not usable by user '" + USER
                + "' (" + cause.getMessage() + "). Run 'bash .ci/setup-databases' to start the server and create"
                + " the test user.";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException("CI=true and " + message, cause);
        }
        Assumptions.abort(message);
    }
}
