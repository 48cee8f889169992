package io.strata.migrations.writer;

import java.nio.file.Path;

import io.strata.ErrorKind;
import io.strata.StrataException;

/** A revision source file could not be written (it exists already, or the file system refused). */
public class RevisionWriteException extends StrataException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;

    /** Creates the exception for a file with a message saying what and how to fix. */
    public RevisionWriteException(Path file, String message, Throwable cause) {
        super(ErrorKind.CONFLICT, message, cause);
        this.file = file;
    }

    /** The file that was to be written. */
    public Path file() {
        return file;
    }
}
