package io.strata;

import java.util.Objects;

/**
 * The root of every exception Strata throws. Unchecked; each package has specific subclasses that
 * carry the facts of the failure (the setting, the table, the revision) as fields, and each subclass
 * fixes its {@link #kind()}.
 */
public abstract class StrataException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ErrorKind kind;

    /** Creates an exception of this kind with a message that says what went wrong and how to fix it. */
    protected StrataException(ErrorKind kind, String message) {
        super(message);
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    /** Creates an exception of this kind with a message and the underlying cause. */
    protected StrataException(ErrorKind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    /** What kind of failure this is. */
    public ErrorKind kind() {
        return kind;
    }
}
