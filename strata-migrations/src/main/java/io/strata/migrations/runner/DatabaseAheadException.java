package io.strata.migrations.runner;

import java.util.List;

/**
 * Thrown by a sync when the database is ahead of this code by breaking revisions (or revisions with no
 * recorded verdict): this code refuses to start against a schema it may not work with.
 */
public class DatabaseAheadException extends MigrationException {

    private final transient SchemaStatus status;

    /** The refusal of {@code sync} for a database in this status. */
    public DatabaseAheadException(SchemaStatus status) {
        this("sync", status);
    }

    /** The refusal of {@code command} ({@code sync}, {@code upgrade}, {@code downgrade}) for a database in this status. */
    public DatabaseAheadException(String command, SchemaStatus status) {
        super("Refusing to " + command + ": " + status.message());
        this.status = status;
    }

    /** The revisions this code does not know, with their verdicts. */
    public List<AheadRevision> ahead() {
        return status.ahead();
    }

    /** The status that caused the refusal. */
    public SchemaStatus status() {
        return status;
    }
}
