package io.strata.javalin;

import java.util.Objects;

/**
 * What a {@link ReadinessCheck} found: the schema status and, when the schema is behind, the
 * revision the database is at and the latest one.
 *
 * @param status the schema status
 * @param currentRevision the revision the database is at ({@code null} when unknown or not applicable)
 * @param latestRevision the latest revision of the migrations ({@code null} when unknown or not applicable)
 */
public record Readiness(Status status, String currentRevision, String latestRevision) {

    /** The schema status, as the readiness route reports it. */
    public enum Status {
        /** The database answers and its schema is at the latest revision. */
        UP_TO_DATE,
        /** The database answers but its schema is behind: run the migrations ({@code db upgrade} or {@code sync()}). */
        UPGRADE_AVAILABLE,
        /** The database did not answer (in time), or its status could not be read. */
        NO_INFO
    }

    /** Requires a status. */
    public Readiness {
        Objects.requireNonNull(status, "status");
    }

    /** The database is up to date. */
    public static Readiness upToDate() {
        return new Readiness(Status.UP_TO_DATE, null, null);
    }

    /** The database's schema is at {@code current} and {@code latest} is available. */
    public static Readiness upgradeAvailable(String current, String latest) {
        return new Readiness(Status.UPGRADE_AVAILABLE, current, latest);
    }

    /** Nothing is known: the database did not answer. */
    public static Readiness noInfo() {
        return new Readiness(Status.NO_INFO, null, null);
    }

    /** Whether traffic may be sent (the status is {@link Status#UP_TO_DATE}). */
    public boolean ready() {
        return status == Status.UP_TO_DATE;
    }
}
