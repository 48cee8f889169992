package io.strata.migrations.diff;

import io.strata.ErrorKind;
import io.strata.StrataException;

/** A rename hint of {@link DiffOptions} does not fit the schemas being compared. */
public class RenameHintException extends StrataException {

    private static final long serialVersionUID = 1L;

    private final String hint;

    /** Creates the exception for a hint, e.g. {@code renameTable(old, new)}, with a message saying what and how to fix. */
    public RenameHintException(String hint, String message) {
        super(ErrorKind.INVALID_INPUT, "rename hint " + hint + ": " + message);
        this.hint = hint;
    }

    /** The hint as written, e.g. {@code renameColumn(book, title, name)}. */
    public String hint() {
        return hint;
    }
}
