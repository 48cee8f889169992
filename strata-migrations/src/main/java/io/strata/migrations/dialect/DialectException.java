package io.strata.migrations.dialect;

import io.strata.ErrorKind;
import io.strata.StrataException;

/** A failure of the dialect layer; subclasses say which. */
public class DialectException extends StrataException {

    private static final long serialVersionUID = 1L;

    /** Creates the exception of this kind with a message that says what is wrong and how to fix it. */
    protected DialectException(ErrorKind kind, String message) {
        super(kind, message);
    }
}
