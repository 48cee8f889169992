/**
 * Internal: the migration runner's machinery — version table, per-database lock and transaction
 * protocols, revision execution and offline rendering behind {@link io.strata.migrations.runner.Migrator}.
 * Not a supported API; it may change in any release.
 */
package io.strata.migrations.internal.runner;
