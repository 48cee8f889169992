package io.strata.migrations.runner;

/**
 * Where a database's schema stands against the migrations, as strata-core's {@code Database.status()}
 * (and the readiness probes built on it) report it; {@link SyncResult} says what a sync did about it.
 * {@link SchemaStatus} carries the revisions behind the answer.
 */
public enum DatabaseStatus {
    /** The database is at the latest revision(s). */
    UP_TO_DATE,
    /** The database is behind: revisions wait to be applied. */
    UPGRADE_AVAILABLE,
    /**
     * The database has every revision of this code up to a contract revision, which waits for the operator
     * ({@code db upgrade --contract}, {@link ContractMode#MANUAL}): this code serves, and so does the code
     * of the previous deploy.
     */
    CONTRACT_PENDING,
    /**
     * The database is ahead of this code by revisions it does not know, all recorded as compatible: this
     * code keeps working against it (an older replica during a rolling deploy).
     */
    AHEAD_COMPATIBLE,
    /**
     * The database is ahead of this code by revisions it does not know, at least one breaking (or with
     * no verdict recorded): this code may fail against it.
     */
    AHEAD_BREAKING,
    /** Nothing is known: the database is unreachable, or has no version table yet. */
    NO_INFO
}
