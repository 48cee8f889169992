package io.strata.migrations.graph;

import io.strata.ErrorKind;

/** A target is malformed, or makes no sense for the command or the current revisions. */
public class InvalidTargetException extends RevisionGraphException {

    private static final long serialVersionUID = 1L;

    private final String target;

    /** Creates the error for this target and an explanation that says how to fix it. */
    public InvalidTargetException(String target, String problem) {
        super(ErrorKind.INVALID_INPUT, "Target '" + target + "': " + problem);
        this.target = target;
    }

    /** The target as given. */
    public String target() {
        return target;
    }
}
