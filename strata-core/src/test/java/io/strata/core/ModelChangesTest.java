package io.strata.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

import io.strata.core.test.migrations.R1AuthorsAndStores;
import io.strata.core.test.migrations.R2Books;
import io.strata.core.test.migrations.R3Departments;
import io.strata.core.testing.DatabaseFixture;
import io.strata.core.testing.StderrCapture;
import io.strata.migrations.diff.SchemaComparison;
import io.strata.migrations.inspect.SchemaInspector;
import io.strata.migrations.revision.RevisionSet;
import io.strata.migrations.runner.DatabaseStatus;
import io.strata.migrations.runner.Migrator;
import io.strata.migrations.runner.SyncResult;
import io.strata.migrations.schema.Schema;
import io.strata.testing.Databases;
import io.strata.testing.DbKind;
import io.strata.testing.TestDatabase;

/**
 * A model change without its revision: the test models (department and employee included) with the
 * revisions up to R2 only, as if R3 had been forgotten.
 */
class ModelChangesTest {

    private static final String R2 = "b2e1d4c3a5f6";
    private static final String WARNING = "Your models have changes that are not yet in a revision";
    private static final RevisionSet FORGOT_R3 = RevisionSet.ofClasses(R1AuthorsAndStores.class, R2Books.class);
    private static final RevisionSet ALL = RevisionSet.ofClasses(R1AuthorsAndStores.class, R2Books.class,
            R3Departments.class);

    private static Database.Builder builder(TestDatabase server, RevisionSet revisions) {
        return Database.builder().url(server.url()).models(DatabaseFixture.MODELS).revisions(revisions);
    }

    @ParameterizedTest
    @Databases
    void aForgottenRevisionIsNamedInOneWarningAtStartUp(DbKind kind, TestDatabase server) {
        try (StderrCapture log = new StderrCapture(); Database db = builder(server, FORGOT_R3).build()) {
            assertThat(db.sync()).isEqualTo(SyncResult.CREATED);
            assertThat(db.sync()).isEqualTo(SyncResult.ALREADY_UP_TO_DATE);
            assertThat(db.checkModelsAtStartup()).extracting(Object::toString)
                    .contains("+ table department", "+ table employee");

            assertThat(log.linesContaining(WARNING)).isEqualTo(1);
            String warning = log.text().lines().filter(line -> line.contains(WARNING)).findFirst().orElseThrow();
            assertThat(warning).contains("WARN", "table department added", "table employee added", "db migrate")
                    .doesNotContain(TestDatabase.PASSWORD);
        }
    }

    @ParameterizedTest
    @Databases
    void failModeRefusesToStartBeforeTouchingTheDatabase(DbKind kind, TestDatabase server) {
        try (StderrCapture log = new StderrCapture();
                Database db = builder(server, FORGOT_R3).modelChanges(ModelChanges.FAIL).build()) {
            assertThatThrownBy(db::sync).isInstanceOfSatisfying(UncapturedModelChangesException.class, e -> {
                assertThat(e.changes()).extracting(Object::toString).contains("+ table department", "+ table employee");
                assertThat(e.getMessage()).contains(WARNING, "table department added", "Refusing to start", "db migrate");
            });
            assertThatThrownBy(db::sync).isInstanceOf(UncapturedModelChangesException.class);
            assertThat(db.existsInDb(Migrator.DEFAULT_VERSION_TABLE)).isFalse();
            assertThat(db.existsInDb("author")).isFalse();
            assertThat(log.linesContaining(WARNING)).isZero();
        }
    }

    @ParameterizedTest
    @Databases
    void modelsThatMatchTheRevisionsStartSilently(DbKind kind, TestDatabase server) {
        try (StderrCapture log = new StderrCapture();
                Database db = builder(server, ALL).modelChanges(ModelChanges.FAIL).build()) {
            assertThat(db.sync()).isEqualTo(SyncResult.CREATED);
            assertThat(db.checkModelsAtStartup()).isEmpty();
            assertThat(log.linesContaining(WARNING)).isZero();
        }
    }

    /**
     * An empty database synced with models ahead of the revisions is built by the revisions and stamped
     * with their head, which it then truly holds: the forgotten revision, once written, upgrades it.
     * (Before, it got the models' tables stamped with R2, and R3's upgrade failed on "already exists".)
     */
    @ParameterizedTest
    @Databases
    void syncOfAnEmptyDatabaseNeverStampsASchemaTheRevisionsDidNotBuild(DbKind kind, TestDatabase server)
            throws Exception {
        try (Database db = builder(server, FORGOT_R3).build()) {
            assertThat(db.sync()).isEqualTo(SyncResult.CREATED);
            assertThat(db.currentRevision()).hasValue(R2);
            assertThat(db.existsInDb("book_to_store_map")).isTrue();
            assertThat(db.existsInDb("department")).isFalse();
            assertThat(db.existsInDb("employee")).isFalse();
            assertThat(SchemaComparison.between(live(server), FORGOT_R3.schemaAtHeads(), asStored(kind)).differences())
                    .isEmpty();
        }
        try (Database db = builder(server, ALL).build()) {
            assertThat(db.status()).isEqualTo(DatabaseStatus.UPGRADE_AVAILABLE);
            assertThat(db.sync()).isEqualTo(SyncResult.UPGRADED);
            assertThat(db.existsInDb("employee")).isTrue();
            assertThat(SchemaComparison.between(live(server), db.modelSchema(), asStored(kind)).differences()).isEmpty();
        }
    }

    @Test
    void thePolicyFollowsOptionThenEnvironmentThenBuilderThenDefault() {
        assertThat(Database.builder().url("h2:mem:mc").config().modelChanges()).isEqualTo(ModelChanges.WARN);
        assertThat(Database.builder().url("h2:mem:mc").modelChanges(ModelChanges.IGNORE).config().modelChanges())
                .isEqualTo(ModelChanges.IGNORE);
        System.setProperty(Database.ENV_MODEL_CHANGES, "Fail");
        try {
            assertThat(Database.builder().url("h2:mem:mc").modelChanges(ModelChanges.IGNORE).fromEnvironment()
                    .config().modelChanges()).isEqualTo(ModelChanges.FAIL);
            assertThat(Database.builder().url("h2:mem:mc").fromEnvironment().overrides(o -> o.modelChanges("warn"))
                    .config().modelChanges()).isEqualTo(ModelChanges.WARN);
            System.setProperty(Database.ENV_MODEL_CHANGES, "loud");
            assertThatThrownBy(() -> Database.builder().url("h2:mem:mc").fromEnvironment().config())
                    .isInstanceOf(ConfigurationException.class)
                    .hasMessageContaining("DB_MODEL_CHANGES has 'loud'").hasMessageContaining("warn")
                    .hasMessageContaining("fail").hasMessageContaining("ignore");
        } finally {
            System.clearProperty(Database.ENV_MODEL_CHANGES);
        }
    }

    /** Revisions that cannot be replayed do not stop a start in warn mode (their error surfaces when they run). */
    @Test
    void revisionsThatCannotBeComparedAreAWarningNotAFailedStartInWarnMode() {
        RevisionSet misfit = RevisionSet.of(java.util.List.of(io.strata.migrations.revision.MigrationRevision.of(
                io.strata.migrations.graph.RevisionNode.of("x1"), new io.strata.migrations.revision.Migration() {
                    @Override
                    public void upgrade(io.strata.migrations.operations.Ops ops) {
                        ops.addColumn("no_such_table", "pinned", io.strata.migrations.schema.ColumnType.integer());
                    }

                    @Override
                    public void downgrade(io.strata.migrations.operations.Ops ops) {
                    }
                })));
        try (StderrCapture log = new StderrCapture();
                Database db = Database.builder().url("sqlite://").models(DatabaseFixture.MODELS).revisions(misfit).build()) {
            assertThat(db.checkModelsAtStartup()).isEmpty();
            assertThat(log.text()).contains("Cannot check that the revisions capture every model change", "no_such_table");
        }
        try (Database db = Database.builder().url("sqlite://").models(DatabaseFixture.MODELS).revisions(misfit)
                .modelChanges(ModelChanges.FAIL).build()) {
            assertThatThrownBy(db::checkModelsAtStartup).hasMessageContaining("no_such_table");
        }
    }

    @ParameterizedTest
    @Databases({DbKind.SQLITE})
    void ignoreModeSkipsTheCheck(DbKind kind, TestDatabase server) {
        try (StderrCapture log = new StderrCapture();
                Database db = builder(server, FORGOT_R3).modelChanges(ModelChanges.IGNORE).build()) {
            assertThat(db.sync()).isEqualTo(SyncResult.CREATED);
            assertThat(db.checkModelsAtStartup()).isEmpty();
            assertThat(log.linesContaining(WARNING)).isZero();
        }
    }

    private static Schema live(TestDatabase server) throws Exception {
        try (Connection c = server.connect()) {
            return SchemaInspector.create().excluding(Migrator.bookkeepingTableNames(Migrator.DEFAULT_VERSION_TABLE)).inspect(c);
        }
    }

    private static io.strata.migrations.diff.DiffOptions asStored(DbKind kind) {
        return io.strata.migrations.diff.DiffOptions.defaults().ignoringRepresentationOf(kind.name().toLowerCase());
    }
}
