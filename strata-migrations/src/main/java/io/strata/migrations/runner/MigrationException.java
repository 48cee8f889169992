package io.strata.migrations.runner;

import io.strata.ErrorKind;
import io.strata.StrataException;

/** The root of the runner's errors: reaching the database, its version table, its lock, or running a revision. */
public class MigrationException extends StrataException {

    private static final long serialVersionUID = 1L;

    /** Creates the error with a message that says what failed and how to fix it. */
    public MigrationException(String message) {
        super(ErrorKind.MIGRATION_FAILED, message);
    }

    /** Creates the error with its cause (whose message comes from the driver). */
    public MigrationException(String message, Throwable cause) {
        super(ErrorKind.MIGRATION_FAILED, message, cause);
    }
}
