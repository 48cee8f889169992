package io.strata.javalin;

import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import io.strata.core.Database;
import io.strata.migrations.runner.DatabaseStatus;

/**
 * What a {@link ReadinessCheck} found: the schema status and, when the schema is behind, the
 * revision the database is at and the latest one.
 *
 * @param status the schema status ({@link Database#status()})
 * @param currentRevision the revision the database is at ({@code null} when unknown or not applicable)
 * @param latestRevision the latest revision of the migrations ({@code null} when unknown or not applicable)
 */
public record Readiness(DatabaseStatus status, String currentRevision, String latestRevision) {

    /** Requires a status. */
    public Readiness {
        Objects.requireNonNull(status, "status");
    }

    /** The database is up to date. */
    public static Readiness upToDate() {
        return new Readiness(DatabaseStatus.UP_TO_DATE, null, null);
    }

    /** The database's schema is at {@code current} and {@code latest} is available. */
    public static Readiness upgradeAvailable(String current, String latest) {
        return new Readiness(DatabaseStatus.UPGRADE_AVAILABLE, current, latest);
    }

    /** Nothing is known: the database did not answer. */
    public static Readiness noInfo() {
        return new Readiness(DatabaseStatus.NO_INFO, null, null);
    }

    /**
     * What {@code db} reports: {@link Database#status()}, with the current and latest revisions when the
     * schema is behind (several, when branches are applied, joined with commas).
     */
    public static Readiness of(Database db) {
        DatabaseStatus status = db.status();
        if (status != DatabaseStatus.UPGRADE_AVAILABLE) {
            return new Readiness(status, null, null);
        }
        return new Readiness(status, joined(db.currentRevisions()), joined(db.latestRevisions()));
    }

    private static String joined(Set<String> revisions) {
        return String.join(",", new TreeSet<>(revisions));
    }

    /** Whether traffic may be sent (the status is {@link DatabaseStatus#UP_TO_DATE}). */
    public boolean ready() {
        return status == DatabaseStatus.UP_TO_DATE;
    }
}
