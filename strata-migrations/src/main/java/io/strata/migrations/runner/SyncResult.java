package io.strata.migrations.runner;

/** What {@link Migrator#sync} did to bring the database to the heads. */
public enum SyncResult {
    /** The database had no version: the schema was created and stamped with the heads. */
    CREATED,
    /** The database was behind: the pending revisions were applied. */
    UPGRADED,
    /** The database was already at the heads: nothing was done. */
    ALREADY_UP_TO_DATE,
    /**
     * The database is ahead of this code by revisions recorded as compatible: nothing was done, and this
     * code may serve (an older replica starting during a rolling deploy, or a rollback).
     */
    AHEAD_COMPATIBLE,
    /**
     * The pending revisions before the first contract revision were applied (perhaps none), and the
     * contract revision waits for the operator ({@code db upgrade --contract}); this code may serve.
     * Only with {@link ContractMode#MANUAL}, the default.
     */
    CONTRACT_PENDING
}
