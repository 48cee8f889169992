package io.strata.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

import com.zaxxer.hikari.HikariDataSource;

import io.strata.core.test.models.Author;
import io.strata.core.testing.DatabaseFixture;

/** {@code sqlite://} is one in-memory database for the whole pool, and outlives the pool's connections. */
class InMemoryDatabaseTest {

    @Test
    void everyThreadAndEveryNewConnectionSeesTheSameData() throws Exception {
        try (Database db = Database.builder().url("sqlite://").models(DatabaseFixture.MODELS).build()) {
            db.createAll();
            db.getOrCreate(Author.class, Map.of("email", "mem@x"), Map.of("name", "Mem"));
            db.commit();
            db.removeSession();
            String seenElsewhere = CompletableFuture.supplyAsync(() -> {
                try {
                    return db.getOne(Author.class, Map.of("email", "mem@x")).getName();
                } finally {
                    db.removeSession();
                }
            }).get();
            assertThat(seenElsewhere).isEqualTo("Mem");

            // The pool retires its connections (as maxLifetime would); the database must survive it.
            db.dataSource().unwrap(HikariDataSource.class).getHikariPoolMXBean().softEvictConnections();
            assertThat(db.getOne(Author.class, Map.of("email", "mem@x")).getName()).isEqualTo("Mem");
            db.removeSession();
        }
    }

    @Test
    void twoInMemoryDatabasesAreSeparate() {
        try (Database a = Database.builder().url("sqlite://").models(DatabaseFixture.MODELS).build();
                Database b = Database.builder().url("sqlite:///:memory:").models(DatabaseFixture.MODELS).build()) {
            a.createAll();
            assertThat(a.existsInDb("author")).isTrue();
            assertThat(b.existsInDb("author")).isFalse();
        }
    }
}
