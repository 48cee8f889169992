package io.strata.testing;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;

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

    private final DbKind kind;
    private final Kind support;
    private final String name;
    private final Path file;
    private boolean open;
    private boolean closed;

    /** A database not created yet: {@link #open()} creates it. */
    TestDatabase(DbKind kind) {
        this.kind = kind;
        this.support = kind.support();
        this.name = "strata_t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        this.file = support.file(name);
    }

    /** Creates a fresh database of the given kind (skips or fails the test when its server is down). */
    public static TestDatabase create(DbKind kind) {
        TestDatabase db = new TestDatabase(kind);
        db.open();
        return db;
    }

    /** Creates the database on its server (or the SQLite file's folder); nothing after the first call. */
    synchronized void open() {
        if (!open) {
            support.create(name, file);
            open = true;
        }
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
        return support.jdbcUrl(name, file);
    }

    /** A Strata (SQLAlchemy-style) URL, with the password embedded where the database has one. */
    public String url() {
        return support.url(name, file);
    }

    /** The user to connect as ({@code null} for SQLite). */
    public String user() {
        return support.user();
    }

    /** The password to connect with ({@code null} where there is none). */
    public String password() {
        return support.password();
    }

    /** The SQLite file, or {@code null} for other kinds. */
    public Path file() {
        return file;
    }

    /** Opens a new JDBC connection (auto-commit on) to this database. */
    public Connection connect() throws SQLException {
        return support.connect(name, file);
    }

    /** Removes the database (drops it on the server, deletes the SQLite file); nothing after the first call. */
    @Override
    public synchronized void close() {
        if (!open || closed) {
            return;
        }
        closed = true;
        try {
            support.drop(name, file);
        } catch (Exception e) {
            throw new IllegalStateException("could not remove test database " + name + ": " + e.getMessage(), e);
        }
    }

    /** Whether the database is there (for the fixture's own tests). */
    boolean exists() throws SQLException {
        return support.exists(name, file);
    }

    /** The kind's name, as parameterized tests show it. */
    @Override
    public String toString() {
        return kind.name();
    }
}
