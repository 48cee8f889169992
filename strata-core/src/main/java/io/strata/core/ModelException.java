package io.strata.core;

import io.strata.ErrorKind;
import io.strata.StrataException;

/** The entity classes cannot be used: none were found, or Hibernate rejected a mapping. */
public class ModelException extends StrataException {

    private static final long serialVersionUID = 1L;

    /** Creates the exception. */
    public ModelException(String message) {
        super(ErrorKind.MODEL, message);
    }

    /** Creates the exception with Hibernate's cause, whose message is kept in ours. */
    public ModelException(String message, Throwable cause) {
        super(ErrorKind.MODEL, message, cause);
    }
}
