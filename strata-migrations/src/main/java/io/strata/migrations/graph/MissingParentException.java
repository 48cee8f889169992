package io.strata.migrations.graph;

import io.strata.ErrorKind;

/** A revision follows a revision that does not exist. */
public class MissingParentException extends RevisionGraphException {

    private static final long serialVersionUID = 1L;

    private final String revisionId;
    private final String missingParent;

    /** Creates the error for this revision and its absent parent. */
    public MissingParentException(String revisionId, String missingParent) {
        super(ErrorKind.REVISION, "Revision " + revisionId + " follows revision " + missingParent + ", which does not exist;"
                + " restore revision " + missingParent + " or point " + revisionId + " at an existing revision.");
        this.revisionId = revisionId;
        this.missingParent = missingParent;
    }

    /** The revision whose parent is missing. */
    public String revisionId() {
        return revisionId;
    }

    /** The parent id that names no revision. */
    public String missingParent() {
        return missingParent;
    }
}
