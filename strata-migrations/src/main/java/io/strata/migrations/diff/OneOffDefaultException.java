package io.strata.migrations.diff;

import io.strata.ErrorKind;
import io.strata.StrataException;

/** A one-off default of {@link DiffOptions} does not fit the schemas being compared, or its value the column. */
public class OneOffDefaultException extends StrataException {

    private static final long serialVersionUID = 1L;

    private final transient DiffOptions.OneOffDefault hint;
    private final String reason;

    /** Creates the exception for a one-off default, with a reason saying what is wrong and how to fix it. */
    public OneOffDefaultException(DiffOptions.OneOffDefault hint, String reason) {
        super(ErrorKind.INVALID_INPUT, hint + ": " + reason);
        this.hint = hint;
        this.reason = reason;
    }

    /** What is wrong and how to fix it, without the hint (the message starts with the hint). */
    public String reason() {
        return reason;
    }

    /** The one-off default that does not fit. */
    public DiffOptions.OneOffDefault hint() {
        return hint;
    }
}
