package io.strata.migrations.graph;

import java.util.List;

import io.strata.ErrorKind;

/** A relative target reaches a fork (several heads, children, bases or parents) and cannot choose. */
public class AmbiguousTargetException extends RevisionGraphException {

    private static final long serialVersionUID = 1L;

    private final String target;
    private final List<String> candidates;

    /** Creates the error for this target, the fork it reached, the revisions there, and a fix. */
    public AmbiguousTargetException(String target, String fork, List<String> candidates, String fix) {
        super(ErrorKind.INVALID_INPUT, "Target '" + target + "' is ambiguous: " + fork + " (" + String.join(", ", candidates) + "); "
                + fix + ".");
        this.target = target;
        this.candidates = List.copyOf(candidates);
    }

    /** The target as given. */
    public String target() {
        return target;
    }

    /** The revisions it could have meant. */
    public List<String> candidates() {
        return candidates;
    }
}
