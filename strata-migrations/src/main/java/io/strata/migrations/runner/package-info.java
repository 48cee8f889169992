/**
 * The migration runner: {@link io.strata.migrations.runner.Migrator} upgrades, downgrades and stamps a
 * database under a database-level lock, records applied heads in the version table
 * ({@code strata_version}) and each applied revision's compatibility verdict beside it
 * ({@code strata_version_info}), reports where a database stands against the code
 * ({@link io.strata.migrations.runner.SchemaStatus}, including ahead of it), and writes a range's SQL
 * without a connection (offline mode). Results
 * are values ({@link io.strata.migrations.runner.MigrationResult}); failures are
 * {@link io.strata.migrations.runner.MigrationException}s that name the revision and statement.
 */
package io.strata.migrations.runner;
