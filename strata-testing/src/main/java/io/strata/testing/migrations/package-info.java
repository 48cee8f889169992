/**
 * Ready-made JUnit 5 tests of an application's Strata migrations ({@link io.strata.testing.migrations.MigrationTests}):
 * single head, upgrade from base to head, exact downgrades, models matching the head, on the databases
 * the application chooses with {@link io.strata.testing.Databases @Databases}.
 */
package io.strata.testing.migrations;
