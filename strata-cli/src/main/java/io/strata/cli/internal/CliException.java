package io.strata.cli.internal;

import io.strata.ErrorKind;
import io.strata.StrataException;

/** A command refuses or fails with a message meant for the user; its kind decides the exit code. */
public final class CliException extends StrataException {

    private static final long serialVersionUID = 1L;

    /** Creates the error; {@code message} says what is wrong and how to fix it. */
    public CliException(ErrorKind kind, String message) {
        super(kind, message);
    }
}
