package io.strata.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;

import com.zaxxer.hikari.HikariDataSource;

import io.strata.migrations.runner.DatabaseStatus;
import io.strata.testing.Databases;
import io.strata.testing.DbKind;
import io.strata.testing.TestDatabase;

/**
 * Settings {@linkplain DatabaseConfig#withoutPool() without a pool}, as a {@code db} command uses them: no HikariCP
 * pool is started, each connection comes from the driver with the settings the pool's would have, and the
 * migrations run, record and report as they do over a pool.
 */
class WithoutPoolTest {

    private static final String MIGRATIONS = "io.strata.core.test.migrations";
    private static final String HEAD = "c3a2f5e4d6b7";

    /** A setting the database type gives every connection, read back from a connection: query and value. */
    private static final Map<DbKind, String[]> CONNECTION_SETTING = Map.of(
            DbKind.SQLITE, new String[] {"PRAGMA foreign_keys", "1"},
            DbKind.POSTGRESQL, new String[] {"SHOW statement_timeout", "10s"},
            DbKind.MARIADB, new String[] {"SELECT @strata_statement_bound", "10.000"},
            DbKind.H2, new String[] {"SELECT 1", "1"});

    @TempDir
    Path dir;

    /** On H2 a file database: the test's H2 database is in memory, which keeps its pool (see below). */
    @ParameterizedTest
    @Databases
    void migrationsRunOverTheDriversOwnConnectionsWithThePoolsSettings(DbKind kind, TestDatabase database)
            throws SQLException {
        String url = kind == DbKind.H2 ? "h2:file:" + dir.resolve("direct") : database.url();
        try (database; Database db = Database.open(Database.builder().url(url).migrations(MIGRATIONS)
                .config().withoutPool())) {
            assertThat(db.dataSource().isWrapperFor(HikariDataSource.class)).as("a HikariCP pool").isFalse();
            assertThat(db.status()).isEqualTo(DatabaseStatus.NO_INFO);
            db.upgrade();
            assertThat(db.currentRevision()).hasValue(HEAD);
            assertThat(db.status()).isEqualTo(DatabaseStatus.UP_TO_DATE);

            String[] setting = CONNECTION_SETTING.get(kind);
            try (Connection first = db.dataSource().getConnection();
                    Connection second = db.dataSource().getConnection()) {
                assertThat(first.getAutoCommit()).isTrue();
                assertThat(text(first, setting[0])).as(setting[0]).isEqualTo(setting[1]);
                assertThat(second).as("each use opens its own connection").isNotSameAs(first);
                first.close();
                assertThat(first.isClosed()).isTrue();
                assertThat(text(second, "SELECT count(*) FROM author")).isEqualTo("0");
            }
            db.downgrade("base");
            assertThat(db.currentRevision()).isEmpty();
        }
    }

    /**
     * The pool's own connection settings ({@code hikari.*}) hold for the driver's connections too (SERIALIZABLE is
     * SQLite's only level; H2, PostgreSQL and MariaDB default to another).
     */
    @ParameterizedTest
    @Databases
    void thePoolsConnectionSettingsApply(DbKind kind, TestDatabase database) throws SQLException {
        String url = kind == DbKind.H2 ? "h2:file:" + dir.resolve("settings") : database.url();
        try (database; Database db = Database.open(Database.builder().url(url)
                .property("hikari.transactionIsolation", "TRANSACTION_SERIALIZABLE").config().withoutPool());
                Connection connection = db.dataSource().getConnection()) {
            assertThat(db.dataSource().isWrapperFor(HikariDataSource.class)).isFalse();
            assertThat(connection.getTransactionIsolation()).isEqualTo(Connection.TRANSACTION_SERIALIZABLE);
        }
    }

    @ParameterizedTest
    @Databases
    void theSameSettingsKeepThePoolByDefault(TestDatabase database) throws SQLException {
        DatabaseConfig config = Database.builder().url(database.url()).config();
        try (database; Database db = Database.open(config)) {
            assertThat(config.pooled()).isTrue();
            assertThat(config.withoutPool().pooled()).isFalse();
            assertThat(db.dataSource().isWrapperFor(HikariDataSource.class)).isTrue();
        }
    }

    @Test
    void anInMemoryDatabaseKeepsItsPoolForItLivesOnlyWhileAConnectionIsOpen() throws SQLException {
        for (String url : new String[] {"sqlite://", "h2:mem:without_pool"}) {
            try (Database db = Database.open(Database.builder().url(url).migrations(MIGRATIONS).config().withoutPool())) {
                assertThat(db.dataSource().isWrapperFor(HikariDataSource.class)).as(url).isTrue();
                db.upgrade();
                assertThat(db.currentRevision()).as(url).hasValue(HEAD);
            }
        }
    }

    @Test
    void anUnreachableServerIsReportedAsOverAPoolWithoutThePassword() {
        try (Database db = Database.open(Database.builder().url("postgresql://app:s3cr3t-pw@127.0.0.1:1/app")
                .migrations(MIGRATIONS).config().withoutPool())) {
            assertThatThrownBy(db::currentRevision).isInstanceOf(DatabaseUnreachableException.class)
                    .hasMessageContaining("Cannot connect to the postgresql database at 127.0.0.1:1/app")
                    .hasMessageNotContaining("s3cr3t-pw");
        }
    }

    private static String text(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            assertThat(rs.next()).as(sql).isTrue();
            return rs.getString(1);
        }
    }
}
