package io.strata.migrations.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

import io.strata.migrations.deploy.Builds;
import io.strata.migrations.dialect.Dialects;
import io.strata.migrations.revision.RevisionSet;
import io.strata.migrations.schema.Schema;
import io.strata.testing.Databases;
import io.strata.testing.DbKind;
import io.strata.testing.TestDatabase;

/** Contract revisions wait for the operator: sync and upgrade stop before them, replicas stay ready meanwhile. */
class ContractRevisionsTest {

    private static Migrator build(TestDatabase db, RevisionSet revisions, ContractMode mode) {
        return Migrator.builder().connections(db::connect).revisions(revisions).contracts(mode)
                .lockTimeout(Duration.ofSeconds(10)).build();
    }

    private static Migrator build(TestDatabase db, RevisionSet revisions) {
        return build(db, revisions, ContractMode.MANUAL);
    }

    private static void sql(TestDatabase db, String statement) throws SQLException {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }

    private static String label(TestDatabase db, long id) throws SQLException {
        try (Connection c = db.connect(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT label FROM widget WHERE id = " + id)) {
            assertThat(rs.next()).as("widget %s exists", id).isTrue();
            return rs.getString(1);
        }
    }

    @ParameterizedTest
    @Databases
    void syncStopsBeforeTheContractRevisionAndTheOperatorRunsItWithUpgradeContract(DbKind kind, TestDatabase db)
            throws Exception {
        try (db) {
            Migrator old = build(db, Builds.R1);
            old.upgrade("head");
            sql(db, "INSERT INTO widget (id, name, note) VALUES (1, 'one', 'first')");

            Migrator newer = build(db, Builds.EXPAND_CONTRACT);
            assertThat(newer.sync(Schema.empty())).isEqualTo(SyncResult.CONTRACT_PENDING);
            assertThat(newer.current()).containsExactly("e2");
            assertThat(DbState.columns(db, "widget")).contains("note", "label").doesNotContain("size");
            assertThat(label(db, 1)).isEqualTo("first");

            SchemaStatus waiting = newer.status(Duration.ZERO);
            assertThat(waiting.status()).isEqualTo(DatabaseStatus.CONTRACT_PENDING);
            assertThat(waiting.servable()).isTrue();
            assertThat(waiting.message()).contains("e2", "db upgrade --contract");
            // The old code still writes its columns, and stays ready.
            assertThat(old.status(Duration.ZERO).status()).isEqualTo(DatabaseStatus.AHEAD_COMPATIBLE);
            sql(db, "INSERT INTO widget (id, name, note) VALUES (2, 'two', 'second')");
            assertThat(newer.sync(Schema.empty())).isEqualTo(SyncResult.CONTRACT_PENDING);

            MigrationResult stopped = newer.upgrade("head");
            assertThat(stopped.applied()).isEmpty();
            assertThat(stopped.contractWaiting()).contains("c3");
            assertThat(newer.current()).containsExactly("e2");

            MigrationResult contracted = newer.upgradeWithContracts("head");
            assertThat(contracted.applied()).extracting(AppliedRevision::id).containsExactly("c3", "a4");
            assertThat(contracted.contractWaiting()).isEmpty();
            assertThat(DbState.columns(db, "widget")).contains("label", "size").doesNotContain("note");
            assertThat(newer.status(Duration.ZERO).status()).isEqualTo(DatabaseStatus.UP_TO_DATE);
            assertThat(newer.sync(Schema.empty())).isEqualTo(SyncResult.ALREADY_UP_TO_DATE);

            // Downgrades are not gated: back through the contract revision, the old column returns filled.
            assertThat(newer.downgrade("r1").applied()).extracting(AppliedRevision::id).containsExactly("a4", "c3", "e2");
            assertThat(DbState.columns(db, "widget")).contains("note").doesNotContain("label");
            assertThat(DbState.count(db, "widget")).isEqualTo(2);
        }
    }

    @ParameterizedTest
    @Databases
    void anUpgradeStopsBeforeAContractRevisionRightAfterTheCurrentOne(DbKind kind, TestDatabase db) {
        try (db) {
            Migrator migrator = build(db, Builds.EXPAND_CONTRACT);
            migrator.upgrade("e2");
            // README:contract
            MigrationResult result = migrator.upgrade("head");        // stops before the first pending contract revision
            Optional<String> waiting = result.contractWaiting();      // its id, here "c3"
            migrator.upgradeWithContracts("c3");                      // what db upgrade --contract does
            // README:end
            assertThat(result.applied()).isEmpty();
            assertThat(result.changed()).isFalse();
            assertThat(waiting).contains("c3");
            assertThat(migrator.current()).containsExactly("c3");
            assertThat(migrator.upgrade("head").applied()).extracting(AppliedRevision::id).containsExactly("a4");
        }
    }

    @ParameterizedTest
    @Databases
    void withContractModeAutoSyncAndUpgradeRunContractRevisionsLikeAnyOther(DbKind kind, TestDatabase db) {
        try (db) {
            build(db, Builds.R1).upgrade("head");
            Migrator auto = build(db, Builds.EXPAND_CONTRACT, ContractMode.AUTO);
            assertThat(auto.status(Duration.ZERO).status()).isEqualTo(DatabaseStatus.UPGRADE_AVAILABLE);
            assertThat(auto.sync(Schema.empty())).isEqualTo(SyncResult.UPGRADED);
            assertThat(auto.current()).containsExactly("a4");
        }
    }

    @ParameterizedTest
    @Databases
    void aDatabaseWithNoVersionIsBuiltWholeForItHasNoReplicaToProtect(DbKind kind, TestDatabase db) throws Exception {
        try (db) {
            assertThat(build(db, Builds.EXPAND_CONTRACT).sync(null)).isEqualTo(SyncResult.CREATED);
            assertThat(build(db, Builds.EXPAND_CONTRACT).current()).containsExactly("a4");
            assertThat(DbState.columns(db, "widget")).doesNotContain("note");
        }
    }

    @Test
    void offlineSqlStopsBeforeTheContractRevisionUnlessAskedToIncludeIt() {
        Migrator offline = Migrator.offline(Dialects.byName("postgresql"), Builds.EXPAND_CONTRACT);
        String stopped = offline.upgradeSql("r1", "head").text();
        assertThat(stopped).contains("ADD COLUMN label", "-- Stopped before contract revision c3", "db upgrade --contract")
                .doesNotContain("DROP COLUMN note");
        assertThat(offline.upgradeSql("r1", "head", true).text()).contains("DROP COLUMN note", "ADD COLUMN size")
                .doesNotContain("Stopped before");
        assertThat(offline.upgradeSql(null, "head").text()).as("from base: a new database").contains("label", "size")
                .doesNotContain("Stopped before");
    }
}
