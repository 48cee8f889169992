package io.strata.migrations.graph;

import io.strata.ErrorKind;

/** Two revisions have the same id. */
public class DuplicateRevisionException extends RevisionGraphException {

    private static final long serialVersionUID = 1L;

    private final String revisionId;

    /** Creates the error for this id. */
    public DuplicateRevisionException(String revisionId) {
        super(ErrorKind.REVISION, "Revision id " + revisionId + " is used by two revisions; give one of them a new id"
                + " and update the revisions that follow it.");
        this.revisionId = revisionId;
    }

    /** The id used twice. */
    public String revisionId() {
        return revisionId;
    }
}
