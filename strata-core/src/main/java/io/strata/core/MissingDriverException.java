package io.strata.core;

import io.strata.ErrorKind;
import io.strata.StrataException;

/**
 * The JDBC driver of the URL's database is not on the class path: Strata ships no driver, the
 * application declares the one it uses (e.g. {@code org.postgresql:postgresql}).
 */
public class MissingDriverException extends StrataException {

    private static final long serialVersionUID = 1L;

    private final String database;
    private final String artifact;

    /** Creates the exception for the database named {@code database} whose driver is {@code artifact}. */
    public MissingDriverException(String database, String artifact, String message, Throwable cause) {
        super(ErrorKind.MISSING_DRIVER, message, cause);
        this.database = database;
        this.artifact = artifact;
    }

    /** The database whose driver is missing, as messages name it ({@code postgresql}). */
    public String database() {
        return database;
    }

    /** The Maven coordinates of the missing driver ({@code org.postgresql:postgresql}). */
    public String artifact() {
        return artifact;
    }
}
