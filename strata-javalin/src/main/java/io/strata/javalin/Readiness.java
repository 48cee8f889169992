package io.strata.javalin;

import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import io.strata.core.Database;
import io.strata.migrations.runner.DatabaseStatus;
import io.strata.migrations.runner.SchemaStatus;

/**
 * What a {@link ReadinessCheck} found: the schema status, the revision the database is at and the
 * latest one when they differ, and what the status means.
 *
 * @param status the schema status ({@link Database#status()})
 * @param currentRevision the revision the database is at ({@code null} when unknown or not applicable)
 * @param latestRevision the latest revision of the migrations ({@code null} when unknown or not applicable)
 * @param message what the status means, naming the revisions and the fix (the readiness body's
 *        {@code error} when not ready)
 */
public record Readiness(DatabaseStatus status, String currentRevision, String latestRevision, String message) {

    /** Requires a status; a {@code null} message becomes the status's general one. */
    public Readiness {
        Objects.requireNonNull(status, "status");
        if (message == null) {
            message = defaultMessage(status);
        }
    }

    /** A readiness with the status's general message. */
    public Readiness(DatabaseStatus status, String currentRevision, String latestRevision) {
        this(status, currentRevision, latestRevision, null);
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
     * What {@code db} reports: {@link Database#schemaStatus()}, with the current and latest revisions when
     * they differ (several, when branches are applied, joined with commas) and its message, which names
     * the revisions a database ahead of this code has and whether they are breaking.
     */
    public static Readiness of(Database db) {
        SchemaStatus schema = db.schemaStatus();
        if (schema.status() == DatabaseStatus.UP_TO_DATE || schema.status() == DatabaseStatus.NO_INFO) {
            return new Readiness(schema.status(), null, null, schema.message());
        }
        return new Readiness(schema.status(), joined(schema.current()), joined(schema.latest()), schema.message());
    }

    private static String joined(Set<String> revisions) {
        return String.join(",", new TreeSet<>(revisions));
    }

    private static String defaultMessage(DatabaseStatus status) {
        return switch (status) {
            case UP_TO_DATE -> "The database is at the latest revision.";
            case UPGRADE_AVAILABLE -> "The database schema is behind the latest revision: run the migrations"
                    + " ('db upgrade' or Database.sync()).";
            case CONTRACT_PENDING -> "The database waits for a contract revision the operator runs ('db upgrade --contract');"
                    + " this code keeps working.";
            case AHEAD_COMPATIBLE -> "The database is ahead of this code by compatible revisions; this code keeps working.";
            case AHEAD_BREAKING -> "The database is ahead of this code by breaking revisions; deploy the newer code.";
            case NO_INFO -> "The database did not answer, or its status could not be read.";
        };
    }

    /**
     * Whether traffic may be sent: the schema is {@link DatabaseStatus#UP_TO_DATE}, waits only for a contract
     * revision the operator runs ({@link DatabaseStatus#CONTRACT_PENDING}), or is ahead of this code by
     * compatible revisions only ({@link DatabaseStatus#AHEAD_COMPATIBLE}, a rolling deploy's old replica).
     */
    public boolean ready() {
        return status == DatabaseStatus.UP_TO_DATE || status == DatabaseStatus.CONTRACT_PENDING
                || status == DatabaseStatus.AHEAD_COMPATIBLE;
    }
}
