package io.strata.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.opentest4j.TestAbortedException;
import org.junit.platform.testkit.engine.EngineTestKit;

/** {@link Databases} hands each test fresh databases of the kinds named and removes them after it. */
class DatabasesTest {

    @ParameterizedTest
    @Databases
    void each_kind_gets_a_fresh_database_that_takes_a_table(TestDatabase db) throws SQLException {
        assertThat(db.name()).startsWith("strata_t_");
        assertThat(db.exists() || db.kind() == DbKind.SQLITE || db.kind() == DbKind.H2).isTrue();
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t (id INTEGER PRIMARY KEY)");
            s.execute("INSERT INTO t (id) VALUES (1)");
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM t")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(1);
            }
        }
    }

    @ParameterizedTest
    @Databases({DbKind.SQLITE, DbKind.POSTGRESQL})
    void the_kind_and_the_database_come_together(DbKind kind, TestDatabase db) {
        assertThat(db.kind()).isEqualTo(kind);
    }

    @Test
    void the_kinds_run_in_the_order_named_and_their_databases_are_removed_after_each_test() throws SQLException {
        Sample.SEEN.clear();
        EngineTestKit.engine("junit-jupiter").selectors(selectClass(Sample.class)).execute()
                .testEvents().assertStatistics(stats -> stats.started(4).succeeded(4));
        assertThat(Sample.SEEN).extracting(TestDatabase::kind)
                .containsExactly(DbKind.MARIADB, DbKind.SQLITE, DbKind.H2, DbKind.POSTGRESQL);
        assertThat(Sample.SEEN).extracting(TestDatabase::name).doesNotHaveDuplicates();
        for (TestDatabase db : Sample.SEEN) {
            assertThat(db.exists()).as("%s %s after the test", db.kind(), db.name()).isFalse();
        }
    }

    @Test
    void shared_databases_live_until_the_class_is_done() throws SQLException {
        SharedSample.SEEN.clear();
        EngineTestKit.engine("junit-jupiter").selectors(selectClass(SharedSample.class)).execute()
                .testEvents().assertStatistics(stats -> stats.started(4).succeeded(4));
        assertThat(SharedSample.SEEN).hasSize(2).extracting(TestDatabase::kind).containsExactly(DbKind.SQLITE, DbKind.POSTGRESQL);
        for (TestDatabase db : SharedSample.SEEN) {
            assertThat(db.exists()).as("%s %s after the class", db.kind(), db.name()).isFalse();
        }
    }

    @Test
    void an_unreachable_server_skips_the_test_with_the_fix_or_fails_it_under_ci() {
        String property = "strata.test.postgresql.host";
        String before = System.getProperty(property);
        Kind nowhere;
        System.setProperty(property, "127.0.0.1:1");
        try {
            nowhere = new PostgreSQLKind();
        } finally {
            if (before == null) {
                System.clearProperty(property);
            } else {
                System.setProperty(property, before);
            }
        }
        Throwable thrown = catchThrowable(() -> nowhere.create("strata_t_unreachable", null));
        boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
        assertThat(thrown).isInstanceOf(ci ? IllegalStateException.class : TestAbortedException.class)
                .hasMessageContaining("postgresql at 127.0.0.1:1 is not usable by user 'strata'")
                .hasMessageContaining("STRATA_TEST_POSTGRESQL_HOST, STRATA_TEST_POSTGRESQL_USER and STRATA_TEST_POSTGRESQL_PASSWORD")
                .hasMessageContaining("Run 'bash .ci/setup-databases'");
        if (ci) {
            assertThat(thrown).hasMessageStartingWith("CI=true and ");
        }
    }

    @Test
    void a_server_user_of_the_project_s_own_is_used_and_named_when_it_cannot_log_in() {
        System.setProperty("strata.test.postgresql.user", "no_such_user");
        System.setProperty("strata.test.postgresql.password", "p@ss word");
        Kind other;
        try {
            other = new PostgreSQLKind();
        } finally {
            System.clearProperty("strata.test.postgresql.user");
            System.clearProperty("strata.test.postgresql.password");
        }
        assertThat(other.user()).isEqualTo("no_such_user");
        assertThat(other.password()).isEqualTo("p@ss word");
        assertThat(other.url("strata_t_x", null)).isEqualTo("postgresql://no_such_user:p%40ss%20word@127.0.0.1:5432/strata_t_x");
        Throwable thrown = catchThrowable(() -> other.create("strata_t_never", null));
        assertThat(thrown).hasMessageContaining("not usable by user 'no_such_user'").hasMessageNotContaining("p@ss word");
    }

    /** Records the databases it was given, each existing during its test. */
    static class Sample {
        static final List<TestDatabase> SEEN = new ArrayList<>();

        @ParameterizedTest
        @Databases({DbKind.MARIADB, DbKind.SQLITE, DbKind.H2, DbKind.POSTGRESQL})
        void records(TestDatabase db) throws SQLException {
            try (Connection c = db.connect()) {
                assertThat(db.exists()).isTrue();
            }
            SEEN.add(db);
        }
    }

    /** Two tests per kind over one shared database per kind. */
    @TestMethodOrder(MethodOrderer.MethodName.class)
    static class SharedSample {
        static final List<TestDatabase> SEEN = new ArrayList<>();

        @RegisterExtension
        static final SharedDatabases<TestDatabase> DATABASES = SharedDatabases.plain();

        @ParameterizedTest
        @Databases({DbKind.SQLITE, DbKind.POSTGRESQL})
        void first(DbKind kind) throws SQLException {
            TestDatabase db = DATABASES.get(kind);
            try (Connection c = db.connect(); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE t (id INTEGER PRIMARY KEY)");
            }
            SEEN.add(db);
        }

        @ParameterizedTest
        @Databases({DbKind.SQLITE, DbKind.POSTGRESQL})
        void second(DbKind kind) throws SQLException {
            TestDatabase db = DATABASES.get(kind);
            try (Connection c = db.connect(); Statement s = c.createStatement()) {
                s.execute("INSERT INTO t (id) VALUES (1)");
            }
            assertThat(SEEN).contains(db);
        }
    }
}
