package io.strata.migrations.runner;

/**
 * Where a database's schema stands against the migrations, as strata-core's {@code Database.status()}
 * (and the readiness probes built on it) report it; {@link SyncResult} says what a sync did about it.
 */
public enum DatabaseStatus {
    /** The database is at the latest revision(s). */
    UP_TO_DATE,
    /** The database is behind: revisions wait to be applied. */
    UPGRADE_AVAILABLE,
    /** Nothing is known: the database is unreachable, or has no version table yet. */
    NO_INFO
}
