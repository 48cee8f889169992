package io.strata.migrations.dialect;

import io.strata.ErrorKind;

/** The database of a dialect cannot perform something an operation asks for. */
public class UnsupportedByDialectException extends DialectException {

    private static final long serialVersionUID = 1L;

    private final String dialect;

    /** Creates the exception for a dialect with a message naming the feature and the way around it. */
    public UnsupportedByDialectException(String dialect, String message) {
        super(ErrorKind.UNSUPPORTED, dialect + ": " + message);
        this.dialect = dialect;
    }

    /** The dialect's name. */
    public String dialect() {
        return dialect;
    }
}
