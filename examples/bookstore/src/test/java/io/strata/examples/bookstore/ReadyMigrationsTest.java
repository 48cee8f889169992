package io.strata.examples.bookstore;

import io.strata.core.Database;
import io.strata.testing.Databases;
import io.strata.testing.DbKind;
import io.strata.testing.migrations.MigrationTests;

/**
 * strata-testing's ready migration tests on the bookstore's committed revisions, as an application
 * would run them: one head, upgrade from nothing, exact downgrades, models matching the head.
 */
// README:readymigrations
@Databases({DbKind.SQLITE, DbKind.H2, DbKind.POSTGRESQL, DbKind.MARIADB})
class ReadyMigrationsTest extends MigrationTests {

    @Override
    protected void configure(Database.Builder builder) {
        builder.models(Bookstore.MODELS).migrations(Bookstore.MIGRATIONS);
    }
}
// README:end
