package io.strata.core.testing;

import java.util.Map;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import io.strata.core.Database;
import io.strata.testing.DbKind;
import io.strata.testing.SharedDatabases;
import io.strata.testing.TestDatabase;

/**
 * One fresh test database per kind with a Strata {@link Database} over the test models, built on
 * first use and shared by the tests of one class (booting Hibernate once per kind, not per test).
 * {@link #fresh(DbKind)} gives it an empty schema. Register it with {@code @RegisterExtension}: JUnit
 * closes it after the class's last test.
 */
public final class DatabaseFixture implements AfterAllCallback, AutoCloseable {

    /** The package of the shared test models. */
    public static final String MODELS = "io.strata.core.test.models";
    /** The package of the revisions that build the test models' schema. */
    public static final String MIGRATIONS = "io.strata.core.test.migrations";

    private final SharedDatabases<Database> databases;

    /** Databases with the default engine properties. */
    public DatabaseFixture() {
        this(Map.of());
    }

    /** Databases built with these engine properties (e.g. {@link RecordingDriver#PROPERTIES}). */
    public DatabaseFixture(Map<String, String> properties) {
        databases = SharedDatabases.of(server -> Database.builder().url(server.url()).models(MODELS).migrations(MIGRATIONS)
                .properties(properties).build(), Database::close);
    }

    /** The database of this kind, with the models' tables dropped and created again. */
    public Database fresh(DbKind kind) {
        Database db = empty(kind);
        db.createAll();
        return db;
    }

    /** The database of this kind with neither the models' tables nor the version table. */
    public Database empty(DbKind kind) {
        Database db = database(kind);
        db.removeSession();
        db.drop();
        return db;
    }

    /** The database of this kind, as the last test left it. */
    public Database database(DbKind kind) {
        return databases.get(kind);
    }

    /** The underlying test database of this kind (created by {@link #database}). */
    public TestDatabase server(DbKind kind) {
        database(kind);
        return databases.database(kind);
    }

    /** Closes every database and removes the test databases. */
    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    /** Closes every database and removes the test databases. */
    @Override
    public void close() {
        databases.close();
    }
}
