package io.strata;

/**
 * The root of every exception Strata throws. Unchecked; each package has specific subclasses that
 * carry the facts of the failure (the setting, the table, the revision) as fields.
 */
public class StrataException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Creates an exception with a message that says what went wrong and how to fix it. */
    public StrataException(String message) {
        super(message);
    }

    /** Creates an exception with a message and the underlying cause. */
    public StrataException(String message, Throwable cause) {
        super(message, cause);
    }
}
