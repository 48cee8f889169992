package io.strata.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;

import io.strata.migrations.graph.RevisionNode;
import io.strata.migrations.operations.Ops;
import io.strata.migrations.revision.Migration;
import io.strata.migrations.revision.MigrationRevision;
import io.strata.migrations.revision.RevisionSet;
import io.strata.testing.Databases;
import io.strata.testing.DbKind;
import io.strata.testing.TestDatabase;

/**
 * The query timeout bounds every statement of the application, on the server's own terms
 * (PostgreSQL's statement_timeout, MariaDB's max_statement_time), and never a
 * migration's: long DDL and backfills are bounded by the lock budget, and the connection a migration
 * used is bounded again when the application gets it back. (H2 and SQLite run in the process, with no
 * server that can hang; H2's session QUERY_TIMEOUT cannot be used as a default, as Hibernate sets it back
 * to 0 whenever it closes a statement.)
 */
class QueryTimeoutTest {

    /** A statement that takes about three seconds. */
    private static final Map<DbKind, String> SLOW = Map.of(
            DbKind.POSTGRESQL, "SELECT pg_sleep(3)",
            DbKind.MARIADB, "SELECT SLEEP(3) FROM DUAL");
    private static final Duration BOUND = Duration.ofSeconds(1);

    @ParameterizedTest
    @Databases({DbKind.POSTGRESQL, DbKind.MARIADB})
    void a_statement_longer_than_the_query_timeout_is_cancelled_and_the_connection_stays_usable(DbKind kind,
            TestDatabase server) throws Exception {
        try (Database db = Database.builder().url(server.url()).queryTimeout(BOUND)
                .property("hikari.maximumPoolSize", "1").build()) {
            long start = System.nanoTime();
            assertThatThrownBy(() -> query(db, SLOW.get(kind))).isInstanceOf(java.sql.SQLException.class);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).as("cancelled at the bound, not run to its end")
                    .isLessThan(Duration.ofMillis(2900));
            assertThat(query(db, "SELECT 7")).isEqualTo(7);
        }
    }

    @ParameterizedTest
    @Databases({DbKind.POSTGRESQL, DbKind.MARIADB})
    void a_migration_outlives_the_query_timeout_and_its_connection_is_bounded_again_after(DbKind kind,
            TestDatabase server) throws Exception {
        String slow = SLOW.get(kind);
        Migration longBackfill = new Migration() {
            @Override
            public void upgrade(Ops ops) {
                ops.run("a backfill longer than the query timeout", connection -> {
                    try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(slow)) {
                        rs.next();
                    }
                });
            }

            @Override
            public void downgrade(Ops ops) {
            }
        };
        RevisionSet revisions = RevisionSet.of(List.of(MigrationRevision.of(RevisionNode.of("slow1"), longBackfill)));
        try (Database db = Database.builder().url(server.url()).queryTimeout(BOUND).revisions(revisions)
                .property("hikari.maximumPoolSize", "1").build()) {
            db.upgrade();
            assertThat(db.currentRevision()).hasValue("slow1");
            // The pool's one connection, which the migration had: bounded again.
            assertThatThrownBy(() -> query(db, slow)).isInstanceOf(java.sql.SQLException.class);
        }
    }

    @ParameterizedTest
    @Databases({DbKind.POSTGRESQL})
    void zero_is_no_bound(DbKind kind, TestDatabase server) throws Exception {
        try (Database db = Database.builder().url(server.url()).queryTimeout(Duration.ZERO).build()) {
            assertThat(query(db, "SELECT 1 FROM (SELECT pg_sleep(1.5)) s")).isEqualTo(1);
        }
        try (Database db = Database.builder().url(server.url()).queryTimeout(BOUND).build()) {
            assertThatThrownBy(() -> query(db, "SELECT 1 FROM (SELECT pg_sleep(1.5)) s"))
                    .isInstanceOf(java.sql.SQLException.class).hasMessageContaining("statement timeout");
        }
    }

    private static long query(Database db, String sql) throws java.sql.SQLException {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
