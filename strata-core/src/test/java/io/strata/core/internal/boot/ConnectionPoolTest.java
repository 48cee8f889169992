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

import io.strata.core.internal.url.UrlParser;

/** The pool over a SQLite file that does not exist yet. */
class ConnectionPoolTest {

    @TempDir
    Path folder;

    @Test
    void a_new_sqlite_file_exists_before_the_pool_opens_its_first_connection() throws Exception {
        Path file = folder.resolve("new.db");
        ConnectionPool pool = ConnectionPool.create(new UrlParser("url").parse("sqlite:///" + file),
                Map.of(), getClass().getClassLoader(), Duration.ofSeconds(10), Duration.ofSeconds(5));
        try {
            // The pool's background fill starts with the pool and opens connections without the right to
            // create the file: the file must be there before it, not only before the first one is lent.
            assertThat(Files.exists(file)).isTrue();
            try (Connection c = pool.getConnection(); Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT 1")) {
                assertThat(rs.next()).isTrue();
            }
        } finally {
            pool.close();
        }
    }
}
