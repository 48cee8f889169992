package io.strata.migrations.revision;

import io.strata.ErrorKind;
import io.strata.migrations.graph.RevisionGraphException;

/** A revision class cannot be used: it does not implement {@link Migration}, its annotation is wrong, or it cannot be created. */
public class RevisionLoadException extends RevisionGraphException {

    private static final long serialVersionUID = 1L;

    private final String source;

    /** Creates the error for this class (or other source) and this problem, which says how to fix it. */
    public RevisionLoadException(String source, String problem) {
        super(ErrorKind.REVISION, "Revision class " + source + " cannot be loaded: " + problem);
        this.source = source;
    }

    /** Creates the error with the cause reported by the JVM. */
    public RevisionLoadException(String source, String problem, Throwable cause) {
        this(source, problem + " (" + cause + ")");
        initCause(cause);
    }

    /** The class (or other source) at fault. */
    public String source() {
        return source;
    }
}
