package io.strata.core;

import io.strata.ErrorKind;
import io.strata.StrataException;

/** No connection to the database could be made within the connect timeout. */
public class DatabaseUnreachableException extends StrataException {

    private static final long serialVersionUID = 1L;

    private final String location;

    /** Creates the exception; {@code location} is the masked URL or host and port. */
    public DatabaseUnreachableException(String location, String message, Throwable cause) {
        super(ErrorKind.UNREACHABLE, message, cause);
        this.location = location;
    }

    /** Where the database was expected (host and port, or file), without credentials. */
    public String location() {
        return location;
    }
}
