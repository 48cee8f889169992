package io.strata.migrations.graph;

import io.strata.ErrorKind;
import io.strata.StrataException;

/** The root of every error about revisions, their graph, and targets within it. */
public class RevisionGraphException extends StrataException {

    private static final long serialVersionUID = 1L;

    /** Creates an exception of this kind whose message says what is wrong and how to fix it. */
    protected RevisionGraphException(ErrorKind kind, String message) {
        super(kind, message);
    }
}
