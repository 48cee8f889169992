package io.strata.migrations.runner;

import java.util.List;

/**
 * Thrown by a sync when the database is ahead of this code by breaking revisions (or revisions with no
 * recorded verdict): this code refuses to start against a schema it may not work with.
 */
public class DatabaseAheadException extends MigrationException {

    private final transient SchemaStatus status;

    /** The refusal for a database in this status. */
    public DatabaseAheadException(SchemaStatus status) {
        super("Refusing to sync: " + status.message());
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
