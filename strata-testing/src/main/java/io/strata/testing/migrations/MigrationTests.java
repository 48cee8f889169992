package io.strata.testing.migrations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

import io.strata.core.Database;
import io.strata.core.SchemaCheck;
import io.strata.migrations.diff.DiffOptions;
import io.strata.migrations.diff.SchemaComparison;
import io.strata.migrations.graph.RevisionNode;
import io.strata.migrations.inspect.SchemaInspector;
import io.strata.migrations.runner.Migrator;
import io.strata.migrations.schema.Schema;
import io.strata.testing.Databases;
import io.strata.testing.DbKind;
import io.strata.testing.TestDatabase;

/**
 * Ready-made tests of an application's migrations, what pytest-alembic gives Alembic users: the
 * revisions have a single head, upgrade from nothing to the head, every revision's downgrade restores
 * exactly the schema before it, and the models match the head. Extend it, say how to build your
 * {@link Database}, and choose the databases with {@link Databases @Databases} on the class (every
 * kind when absent):
 *
 * <pre>{@code
 * @Databases({DbKind.SQLITE, DbKind.POSTGRESQL})
 * class BookstoreMigrationsTest extends MigrationTests {
 *     @Override
 *     protected void configure(Database.Builder builder) {
 *         builder.models("com.example.models").migrations("com.example.migrations");
 *     }
 * }
 * }</pre>
 *
 * <p>Each test runs on a fresh database of each kind, dropped afterwards; a kind whose server is
 * unreachable is skipped, or fails when {@code CI=true}. Schemas are compared as the database stores
 * them, after {@link SchemaInspector} has read them back.
 */
public abstract class MigrationTests {

    /** Sets the models and the migrations (and anything else but the URL) on the builder of the tested Database. */
    protected abstract void configure(Database.Builder builder);

    /** The Database under test over {@code db}: the subclass's configuration and the test database's URL. */
    protected Database database(TestDatabase db) {
        Database.Builder builder = Database.builder();
        configure(builder);
        return builder.url(db.url()).build();
    }

    /**
     * The revisions have exactly one head: two branches nobody merged break {@code upgrade head} on
     * deploy. Needs no server: it runs once, over a SQLite file.
     */
    @Test
    public void the_revisions_have_a_single_head() {
        try (TestDatabase db = TestDatabase.create(DbKind.SQLITE); Database database = database(db)) {
            List<String> heads = database.migrator().heads();
            assertEquals(1, heads.size(), () -> "expected one head revision, found " + heads.size() + ": " + heads
                    + " (write a merge revision with 'db merge', or give a revision its missing parent)");
        }
    }

    /** Every revision runs, in order, from an empty database to the head. */
    @ParameterizedTest
    @Databases
    public void the_revisions_upgrade_from_base_to_head(TestDatabase db) {
        try (Database database = database(db)) {
            database.upgrade("head");
            Set<String> heads = Set.copyOf(database.migrator().heads());
            assertEquals(heads, database.currentRevisions(), "the version table after upgrading to head");
        }
    }

    /**
     * Each revision, applied on exactly the revisions it follows, downgrades to exactly the schema it
     * found (tables, columns, keys, constraints and indexes as read back from the database), and
     * upgrades again; revisions are taken from base to head.
     */
    @ParameterizedTest
    @Databases
    public void every_revision_downgrades_to_exactly_the_schema_before_it(TestDatabase db) throws SQLException {
        try (Database database = database(db)) {
            List<RevisionNode> order = new ArrayList<>(database.migrator().history());
            Collections.reverse(order);
            for (RevisionNode revision : order) {
                if (!database.currentRevisions().equals(Set.copyOf(revision.parents()))) {
                    // After a branch: start from exactly the revisions this one follows.
                    database.downgrade("base");
                    revision.parents().forEach(database::upgrade);
                }
                Schema before = inspect(db);
                database.upgrade(revision.id());
                database.downgrade(revision.parents().isEmpty() ? "base" : revision.parents().get(0));
                SchemaComparison restored = SchemaComparison.between(before, inspect(db));
                if (!restored.isEmpty()) {
                    fail("the downgrade of revision " + revision.id() + " (" + revision.message() + ") does not restore"
                            + " the schema before it on " + db.kind() + ":\n" + restored.report());
                }
                database.upgrade(revision.id());
            }
        }
    }

    /**
     * The models and the head agree: no change to the models is missing a revision ({@code db check}),
     * and on the database the upgraded schema is the one the models describe.
     */
    @ParameterizedTest
    @Databases
    public void the_models_match_the_head(TestDatabase db) throws SQLException {
        try (Database database = database(db)) {
            SchemaCheck check = database.check();
            assertTrue(check.isEmpty(), () -> "the models have changes no revision carries (run 'db migrate'):\n"
                    + check.report());
            database.upgrade("head");
            DiffOptions asStored = DiffOptions.defaults().ignoringTables(Migrator.bookkeepingTableNames(Migrator.DEFAULT_VERSION_TABLE))
                    .ignoringRepresentationOf(db.kind().name().toLowerCase(Locale.ROOT));
            SchemaComparison live = SchemaComparison.between(database.modelSchema(), inspect(db), asStored);
            assertTrue(live.isEmpty(), () -> "on " + db.kind() + " the schema at head differs from the models:\n"
                    + live.report());
        }
    }

    private static Schema inspect(TestDatabase db) throws SQLException {
        try (Connection c = db.connect()) {
            return SchemaInspector.create().excluding(Migrator.bookkeepingTableNames(Migrator.DEFAULT_VERSION_TABLE)).inspect(c);
        }
    }
}
