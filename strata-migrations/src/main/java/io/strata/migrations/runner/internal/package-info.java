/**
 * Internal: the migration runner's machinery — version table, the lock and transaction protocol
 * interface and its shared parts, revision execution and offline rendering behind
 * {@link io.strata.migrations.runner.Migrator}. Each database's own protocol lives in its package
 * under {@code io.strata.migrations.dialect.internal}. Not a supported API; it may change in any release.
 */
package io.strata.migrations.runner.internal;
