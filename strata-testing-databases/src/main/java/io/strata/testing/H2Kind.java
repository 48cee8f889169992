package io.strata.testing;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** H2: a named in-memory database that lives until it is shut down. */
final class H2Kind extends Kind {

    @Override
    boolean needsServer() {
        return false;
    }

    @Override
    String jdbcUrl(String name, Path file) {
        return "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
    }

    @Override
    String url(String name, Path file) {
        return "h2:mem:" + name;
    }

    @Override
    String user() {
        return "sa";
    }

    @Override
    String password() {
        return "";
    }

    @Override
    void drop(String name, Path file) throws SQLException {
        try (Connection c = connect(name, file); Statement s = c.createStatement()) {
            s.execute("SHUTDOWN");
        }
    }

    @Override
    boolean exists(String name, Path file) {
        try (Connection c = DriverManager.getConnection(jdbcUrl(name, file) + ";IFEXISTS=TRUE", user(), password())) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }
}
