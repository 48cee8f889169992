package io.strata.core;

import io.strata.ErrorKind;
import io.strata.StrataException;

/**
 * A schema or migration feature was used on a database Strata has no migrations dialect for (a
 * {@code jdbc:} URL of another database). Sessions and query helpers work on it.
 */
public class SchemaNotSupportedException extends StrataException {

    private static final long serialVersionUID = 1L;

    private final String url;

    /** Creates the exception for the database at {@code url} (masked). */
    public SchemaNotSupportedException(String url, String message) {
        super(ErrorKind.UNSUPPORTED, message);
        this.url = url;
    }

    /** The database's URL, password masked. */
    public String url() {
        return url;
    }
}
