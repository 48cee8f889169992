package io.strata.migrations.graph;

import io.strata.ErrorKind;

/** A revision is malformed on its own: a bad id, parent or branch label. */
public class InvalidRevisionException extends RevisionGraphException {

    private static final long serialVersionUID = 1L;

    private final String revisionId;

    /** Creates the error for this revision and this problem. */
    public InvalidRevisionException(String revisionId, String problem) {
        super(ErrorKind.REVISION, "Revision " + revisionId + " is invalid: " + problem + ".");
        this.revisionId = revisionId;
    }

    /** The id of the malformed revision, as given. */
    public String revisionId() {
        return revisionId;
    }
}
