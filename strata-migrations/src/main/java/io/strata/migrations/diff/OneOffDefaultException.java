package io.strata.migrations.diff;

import io.strata.ErrorKind;
import io.strata.StrataException;

/** A one-off default of {@link DiffOptions} does not fit the schemas being compared, or its value the column. */
public class OneOffDefaultException extends StrataException {

    private static final long serialVersionUID = 1L;

    private final transient DiffOptions.OneOffDefault hint;

    /** Creates the exception for a one-off default, with a message saying what and how to fix. */
    public OneOffDefaultException(DiffOptions.OneOffDefault hint, String message) {
        super(ErrorKind.INVALID_INPUT, hint + ": " + message);
        this.hint = hint;
    }

    /** The one-off default that does not fit. */
    public DiffOptions.OneOffDefault hint() {
        return hint;
    }
}
