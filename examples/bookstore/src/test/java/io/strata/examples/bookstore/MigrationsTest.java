package io.strata.examples.bookstore;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;

import io.strata.core.Database;
import io.strata.migrations.diff.DiffOptions;
import io.strata.migrations.diff.SchemaComparison;
import io.strata.migrations.inspect.SchemaInspector;
import io.strata.migrations.runner.Migrator;
import io.strata.migrations.schema.Schema;
import io.strata.testing.Databases;
import io.strata.testing.DbKind;
import io.strata.testing.TestDatabase;

/**
 * The committed revisions run on SQLite, H2, PostgreSQL and MariaDB: upgraded from nothing the
 * database holds exactly the models' schema (what {@code sync()} creates on an empty database), and
 * they downgrade back to nothing.
 */
class MigrationsTest {

    @ParameterizedTest
    @Databases
    void the_revisions_build_the_models_schema_and_take_it_down_again(DbKind kind, TestDatabase database) throws Exception {
        try (Database db = Database.builder().url(database.url()).models(Bookstore.MODELS)
                        .migrations(Bookstore.MIGRATIONS).build()) {
            db.upgrade("head");
            assertThat(live(database, kind, db.modelSchema())).as("after upgrade").isEmpty();

            db.downgrade("base");
            assertThat(live(database, kind, Schema.empty())).as("after downgrade").isEmpty();

            db.upgrade("head");
            assertThat(live(database, kind, db.modelSchema())).as("after upgrading again").isEmpty();
        }
    }

    private static String live(TestDatabase database, DbKind kind, Schema expected) throws Exception {
        DiffOptions asStored = DiffOptions.defaults().ignoringTables(Migrator.bookkeepingTableNames(Migrator.DEFAULT_VERSION_TABLE))
                .ignoringRepresentationOf(kind.name().toLowerCase(Locale.ROOT));
        try (Connection c = database.connect()) {
            return SchemaComparison.between(expected, SchemaInspector.create().inspect(c), asStored).report();
        }
    }
}
