package io.strata.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;

import io.strata.core.test.models.Author;
import io.strata.core.testing.DatabaseFixture;
import io.strata.migrations.inspect.SchemaInspector;
import io.strata.migrations.runner.DatabaseStatus;
import io.strata.migrations.runner.MigrationResult;
import io.strata.migrations.runner.Migrator;
import io.strata.migrations.runner.SyncResult;
import io.strata.migrations.schema.Schema;
import io.strata.testing.Databases;
import io.strata.testing.DbKind;
import io.strata.testing.TestDatabase;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MigrationsTest {

    private static final String R1 = "a1f0c3e2b4d5";
    private static final String R2 = "b2e1d4c3a5f6";
    private static final String HEAD = "c3a2f5e4d6b7";

    @RegisterExtension
    final DatabaseFixture fixture = new DatabaseFixture();

    @ParameterizedTest
    @Databases
    void createAllAndUpgradingFromBaseMakeTheSameSchema(DbKind kind) throws Exception {
        Database db = fixture.fresh(kind);
        Schema created = inspect(kind);
        db.drop();
        MigrationResult result = db.upgrade();
        assertThat(result.applied()).hasSize(3);
        Schema upgraded = inspect(kind);
        assertThat(SchemaTest.normalized(upgraded, kind).tables())
                .containsExactlyElementsOf(SchemaTest.normalized(created, kind).tables());
    }

    @ParameterizedTest
    @Databases
    void syncCreatesAnEmptyDatabaseThenFindsItUpToDate(DbKind kind) {
        Database db = fixture.empty(kind);
        assertThat(db.status()).isEqualTo(DatabaseStatus.NO_INFO);
        assertThat(db.sync()).isEqualTo(SyncResult.CREATED);
        assertThat(db.currentRevision()).hasValue(HEAD);
        assertThat(db.latestRevision()).hasValue(HEAD);
        assertThat(db.status()).isEqualTo(DatabaseStatus.UP_TO_DATE);
        assertThat(db.existsInDb("book_to_store_map")).isTrue();
        assertThat(db.sync()).isEqualTo(SyncResult.ALREADY_UP_TO_DATE);
    }

    @ParameterizedTest
    @Databases
    void syncUpgradesADatabaseThatIsBehindKeepingItsRows(DbKind kind) {
        Database db = fixture.empty(kind);
        db.upgrade(R1);
        db.useTransaction(s -> s.createNativeMutationQuery(
                "INSERT INTO author (name, email) VALUES ('Early', 'early@x')").executeUpdate());
        db.removeSession();
        assertThat(db.status()).isEqualTo(DatabaseStatus.UPGRADE_AVAILABLE);
        assertThat(db.sync()).isEqualTo(SyncResult.UPGRADED);
        assertThat(db.status()).isEqualTo(DatabaseStatus.UP_TO_DATE);
        assertThat(db.getOne(Author.class, Map.of("email", "early@x")).getName()).isEqualTo("Early");
        db.removeSession();
    }

    @ParameterizedTest
    @Databases
    void downgradeStampCreateAndDrop(DbKind kind) {
        Database db = fixture.empty(kind);
        db.upgrade();
        db.downgrade("-1");
        assertThat(db.currentRevision()).hasValue(R2);
        assertThat(db.existsInDb("employee")).isFalse();
        db.downgrade("base");
        assertThat(db.currentRevisions()).isEmpty();
        assertThat(db.existsInDb("author")).isFalse();
        assertThat(db.status()).isEqualTo(DatabaseStatus.UPGRADE_AVAILABLE);

        MigrationResult created = db.create();
        assertThat(created.versions().after()).containsExactly(HEAD);
        assertThat(db.existsInDb("employee")).isTrue();
        db.stamp(R1);
        assertThat(db.currentRevision()).hasValue(R1);
        db.stamp("head");

        db.drop();
        assertThat(db.existsInDb("author")).isFalse();
        assertThat(db.existsInDb(Migrator.DEFAULT_VERSION_TABLE)).isFalse();
        assertThat(db.status()).isEqualTo(DatabaseStatus.NO_INFO);
    }

    @Test
    void statusOfAnUnreachableDatabaseIsNoInfoWithinTheTimeout() {
        try (Database db = Database.builder().url("postgresql://app:pw@127.0.0.1:1/app")
                .migrations(DatabaseFixture.MIGRATIONS).statusTimeout(Duration.ofMillis(1500)).build()) {
            long start = System.nanoTime();
            assertThat(db.status()).isEqualTo(DatabaseStatus.NO_INFO);
            assertThat(db.status()).isEqualTo(DatabaseStatus.NO_INFO);
            assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(4_000);
            assertThat(db.latestRevision()).hasValue(HEAD);
        }
    }

    @ParameterizedTest
    @Databases({DbKind.SQLITE, DbKind.POSTGRESQL})
    void withoutMigrationsSyncCreatesFromTheModelsAndIsUpToDate(DbKind kind, TestDatabase server) {
        try (Database db = Database.builder().url(server.url()).models(DatabaseFixture.MODELS).build()) {
            assertThat(db.sync()).isEqualTo(SyncResult.CREATED);
            assertThat(db.status()).isEqualTo(DatabaseStatus.UP_TO_DATE);
            assertThat(db.latestRevisions()).isEmpty();
            assertThat(db.sync()).isEqualTo(SyncResult.ALREADY_UP_TO_DATE);
        }
    }

    @ParameterizedTest
    @Databases({DbKind.SQLITE, DbKind.MARIADB})
    void withoutModelsSyncUpgradesFromBase(DbKind kind, TestDatabase server) {
        try (Database db = Database.builder().url(server.url()).migrations(DatabaseFixture.MIGRATIONS).build()) {
            assertThat(db.sync()).isEqualTo(SyncResult.CREATED);
            assertThat(db.existsInDb("employee")).isTrue();
            assertThat(db.sync()).isEqualTo(SyncResult.ALREADY_UP_TO_DATE);
            assertThatThrownBy(db::create).isInstanceOf(ConfigurationException.class).hasMessageContaining("needs models");
        }
    }

    @ParameterizedTest
    @Databases({DbKind.H2})
    void revisionsCanBeGivenInsteadOfScanned(DbKind kind, TestDatabase server) {
        try (Database db = Database.builder().url(server.url()).models(DatabaseFixture.MODELS)
                        .revisions(io.strata.migrations.revision.RevisionSet.ofClasses(
                                io.strata.core.test.migrations.R1AuthorsAndStores.class))
                        .build()) {
            assertThat(db.latestRevision()).hasValue(R1);
            db.upgrade();
            assertThat(db.existsInDb("author")).isTrue();
            assertThat(db.existsInDb("book")).isFalse();
        }
    }

    @Test
    void severalHeadsAreReportedNotCrashedOn() {
        io.strata.migrations.revision.Migration nothing = new io.strata.migrations.revision.Migration() {
            @Override
            public void upgrade(io.strata.migrations.operations.Ops ops) {
            }

            @Override
            public void downgrade(io.strata.migrations.operations.Ops ops) {
            }
        };
        var revisions = io.strata.migrations.revision.RevisionSet.of(java.util.List.of(
                io.strata.migrations.revision.MigrationRevision.of(io.strata.migrations.graph.RevisionNode.of("base1"), nothing),
                io.strata.migrations.revision.MigrationRevision.of(io.strata.migrations.graph.RevisionNode.of("left", "base1"), nothing),
                io.strata.migrations.revision.MigrationRevision.of(io.strata.migrations.graph.RevisionNode.of("right", "base1"), nothing)));
        try (TestDatabase server = TestDatabase.create(DbKind.SQLITE);
                Database db = Database.builder().url(server.url()).revisions(revisions).build()) {
            db.upgrade("base1");
            assertThat(db.status()).isEqualTo(DatabaseStatus.UPGRADE_AVAILABLE);
            assertThat(db.latestRevisions()).containsExactlyInAnyOrder("left", "right");
            assertThatThrownBy(db::latestRevision).hasMessageContaining("left, right").hasMessageContaining("db merge");
            assertThat(db.sync()).isEqualTo(SyncResult.UPGRADED);
            assertThat(db.currentRevisions()).containsExactlyInAnyOrder("left", "right");
            assertThat(db.status()).isEqualTo(DatabaseStatus.UP_TO_DATE);
        }
    }

    private Schema inspect(DbKind kind) throws Exception {
        try (Connection c = fixture.server(kind).connect()) {
            return SchemaInspector.create().excluding(Migrator.bookkeepingTableNames(Migrator.DEFAULT_VERSION_TABLE)).inspect(c);
        }
    }
}
