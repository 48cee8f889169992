package io.strata.cli.internal;

import io.strata.StrataException;

/** A command refuses or fails with a message meant for the user and a definite exit code. */
public final class CliException extends StrataException {

    private static final long serialVersionUID = 1L;

    private final int exitCode;

    /** Creates the error; {@code message} says what is wrong and how to fix it. */
    public CliException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    /** The exit code the command ends with. */
    public int exitCode() {
        return exitCode;
    }
}
