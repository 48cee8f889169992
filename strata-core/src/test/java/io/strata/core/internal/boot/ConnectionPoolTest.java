package io.strata.core.internal.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.zaxxer.hikari.HikariDataSource;

import io.strata.core.internal.url.UrlParser;

/** The pool over a SQLite file that does not exist yet. */
class ConnectionPoolTest {

    @TempDir
    Path folder;

    @Test
    void the_pool_starts_with_the_first_connection_asked_for_after_the_file_guard_created_the_file() throws Exception {
        Path file = folder.resolve("new.db");
        ConnectionPool pool = ConnectionPool.create(new UrlParser("url").parse("sqlite:///" + file),
                Map.of(), getClass().getClassLoader(), Duration.ofSeconds(10), Duration.ofSeconds(5));
        try {
            HikariDataSource hikari = pool.unwrap(HikariDataSource.class);
            // Its background fill opens connections without the right to create the file; started with the
            // pool, it raced the guard, and an attempt refused with SQLITE_CANTOPEN backed the fill off for
            // seconds. Nothing connects, and nothing is created, until a connection is asked for.
            Thread.sleep(300);
            assertThat(hikari.getHikariPoolMXBean()).as("the pool has not started").isNull();
            assertThat(Files.exists(file)).isFalse();
            try (Connection c = pool.getConnection(); Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT 1")) {
                assertThat(rs.next()).isTrue();
            }
            assertThat(Files.exists(file)).isTrue();
            assertThat(hikari.getHikariPoolMXBean()).isNotNull();
        } finally {
            pool.close();
        }
    }
}
