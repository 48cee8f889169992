package io.strata.core;

/** Where the database's schema stands against the migrations, as {@link Database#status()} reports it. */
public enum DatabaseStatus {
    /** The database is at the latest revision(s). */
    UP_TO_DATE,
    /** The database is behind: revisions wait to be applied. */
    UPGRADE_AVAILABLE,
    /** Nothing is known: the database is unreachable, or has no version table yet. */
    NO_INFO
}
