package io.strata.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/** SQLite: a new file under {@code target/test-dbs}, foreign keys enforced on every connection. */
final class SQLiteKind extends Kind {

    @Override
    boolean needsServer() {
        return false;
    }

    @Override
    Path file(String name) {
        return Path.of("target", "test-dbs", name + ".db").toAbsolutePath();
    }

    @Override
    String jdbcUrl(String name, Path file) {
        return "jdbc:sqlite:" + file;
    }

    @Override
    String url(String name, Path file) {
        return "sqlite:///" + file;
    }

    @Override
    Connection connect(String name, Path file) throws SQLException {
        Properties props = new Properties();
        props.setProperty("foreign_keys", "true");
        return DriverManager.getConnection(jdbcUrl(name, file), props);
    }

    @Override
    void create(String name, Path file) {
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    void drop(String name, Path file) throws IOException {
        for (String suffix : new String[] {"", "-wal", "-shm", "-journal"}) {
            Files.deleteIfExists(Path.of(file + suffix));
        }
    }

    @Override
    boolean exists(String name, Path file) {
        return Files.exists(file);
    }
}
