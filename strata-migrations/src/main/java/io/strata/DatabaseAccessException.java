package io.strata;

/**
 * The database failed an operation Strata ran outside a migration: reading its schema, creating or
 * dropping the models' tables, a query. The cause is the driver's error.
 */
public class DatabaseAccessException extends StrataException {

    private static final long serialVersionUID = 1L;

    /** Creates the exception; {@code message} says what Strata was doing and how to fix it. */
    public DatabaseAccessException(String message, Throwable cause) {
        super(ErrorKind.DATABASE, message, cause);
    }

    /** Creates the exception without a cause (a failure reported by a state, not by an error). */
    public DatabaseAccessException(String message) {
        super(ErrorKind.DATABASE, message);
    }
}
