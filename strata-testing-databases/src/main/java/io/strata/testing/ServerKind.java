package io.strata.testing;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

import org.junit.jupiter.api.Assumptions;

/**
 * A database server on the machine: a new database {@code strata_t_<random>} per test, reached as the
 * {@link TestDatabase#USER test user}. An unreachable server skips the test, or fails it under {@code CI=true}.
 */
abstract class ServerKind extends Kind {

    private final String scheme;
    private final String host;

    /** A server reached at {@code host} (host:port), its Strata and JDBC URLs starting {@code scheme}. */
    ServerKind(String scheme, String host) {
        this.scheme = scheme;
        this.host = host;
    }

    /** A JDBC URL of a database every server has, for creating and dropping the test ones. */
    abstract String adminJdbcUrl(String host);

    /** The statement that drops database {@code name}, whoever is connected to it. */
    abstract String dropSql(String name);

    /** A query with one parameter, the name, that has a row when the database exists. */
    abstract String existsSql();

    @Override
    final boolean needsServer() {
        return true;
    }

    @Override
    final String jdbcUrl(String name, Path file) {
        return "jdbc:" + scheme + "://" + host + "/" + name;
    }

    @Override
    final String url(String name, Path file) {
        return scheme + "://" + TestDatabase.USER + ":" + TestDatabase.PASSWORD + "@" + host + "/" + name;
    }

    @Override
    final String user() {
        return TestDatabase.USER;
    }

    @Override
    final String password() {
        return TestDatabase.PASSWORD;
    }

    @Override
    final void create(String name, Path file) {
        adminExecute("CREATE DATABASE " + name);
    }

    @Override
    final void drop(String name, Path file) {
        adminExecute(dropSql(name));
    }

    @Override
    final boolean exists(String name, Path file) throws SQLException {
        try (Connection c = DriverManager.getConnection(adminJdbcUrl(host), user(), password());
                PreparedStatement s = c.prepareStatement(existsSql())) {
            s.setString(1, name);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        }
    }

    private void adminExecute(String sql) {
        try (Connection c = DriverManager.getConnection(adminJdbcUrl(host), user(), password());
                Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            unavailable(e);
        }
    }

    /** Fails (under {@code CI=true}) or skips the current test because the server is unusable. */
    private void unavailable(SQLException cause) {
        String message = scheme.toLowerCase(Locale.ROOT) + " at " + host + " is not usable by user '" + TestDatabase.USER
                + "' (" + cause.getMessage() + "). Run 'bash .ci/setup-databases' to start the server and create"
                + " the test user.";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException("CI=true and " + message, cause);
        }
        Assumptions.abort(message);
    }
}
