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
 * A database server: a new database {@code strata_t_<random>} per test, created and dropped by a user that
 * may create databases. The server's {@code host:port}, that user and its password default to
 * {@code 127.0.0.1}, the standard port and the {@link TestDatabase#USER test user}; each can be set with a
 * system property {@code strata.test.<scheme>.host|user|password} or an environment variable
 * {@code STRATA_TEST_<SCHEME>_HOST|USER|PASSWORD} ({@code STRATA_TEST_POSTGRESQL_USER=ci}). An unreachable
 * server skips the test, or fails it under {@code CI=true}.
 */
abstract class ServerKind extends Kind {

    private final String scheme;
    private final String host;
    private final String user;
    private final String password;

    /** A server reached at its configured host:port ({@code defaultHost} unless set), its URLs starting {@code scheme}. */
    ServerKind(String scheme, String defaultHost) {
        this.scheme = scheme;
        this.host = setting(scheme, "host", defaultHost);
        this.user = setting(scheme, "user", TestDatabase.USER);
        this.password = setting(scheme, "password", TestDatabase.PASSWORD);
    }

    /** The system property {@code strata.test.<scheme>.<name>}, else {@code STRATA_TEST_<SCHEME>_<NAME>}, else the default. */
    static String setting(String scheme, String name, String fallback) {
        String property = System.getProperty("strata.test." + scheme + "." + name);
        if (property != null && !property.isBlank()) {
            return property;
        }
        String variable = System.getenv(("STRATA_TEST_" + scheme + "_" + name).toUpperCase(Locale.ROOT));
        return variable != null && !variable.isBlank() ? variable : fallback;
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
        return scheme + "://" + encode(user) + ":" + encode(password) + "@" + host + "/" + name;
    }

    @Override
    final String user() {
        return user;
    }

    @Override
    final String password() {
        return password;
    }

    private static String encode(String part) {
        return java.net.URLEncoder.encode(part, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
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
        String prefix = "STRATA_TEST_" + scheme.toUpperCase(Locale.ROOT);
        String message = scheme.toLowerCase(Locale.ROOT) + " at " + host + " is not usable by user '" + user
                + "' (" + cause.getMessage() + "). Start the server and give the tests a user that may create"
                + " databases, or point them at yours with " + prefix + "_HOST, " + prefix + "_USER and " + prefix
                + "_PASSWORD (in Strata's own repository: Run 'bash .ci/setup-databases').";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException("CI=true and " + message, cause);
        }
        Assumptions.abort(message);
    }
}
