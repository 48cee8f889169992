package io.strata.testing;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * What the fixture knows of one kind of database: its URLs and credentials, and how to create, find
 * and remove a test database. One subclass per kind; {@link DbKind} names them.
 */
abstract class Kind {

    /** Whether the kind needs a server on the machine (and so may be unreachable). */
    abstract boolean needsServer();

    /** A JDBC URL without credentials. */
    abstract String jdbcUrl(String name, Path file);

    /** A Strata URL, with the password embedded where there is one. */
    abstract String url(String name, Path file);

    /** The user to connect as ({@code null}: none). */
    String user() {
        return null;
    }

    /** The password to connect with ({@code null}: none). */
    String password() {
        return null;
    }

    /** The file the database lives in ({@code null}: none). */
    Path file(String name) {
        return null;
    }

    /** Opens a connection (auto-commit on). */
    Connection connect(String name, Path file) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(name, file), user(), password());
    }

    /** Creates the database (skips or fails the test when its server is down). */
    void create(String name, Path file) {
    }

    /** Removes the database. */
    abstract void drop(String name, Path file) throws Exception;

    /** Whether the database is there. */
    abstract boolean exists(String name, Path file) throws SQLException;
}
