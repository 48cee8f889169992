package io.strata.migrations.graph;

import io.strata.ErrorKind;

/** A revision id, prefix or branch label matches nothing. */
public class UnknownRevisionException extends RevisionGraphException {

    private static final long serialVersionUID = 1L;

    private final String identifier;

    /** Creates the error for this identifier. */
    public UnknownRevisionException(String identifier) {
        super(ErrorKind.NOT_FOUND, "No revision, revision prefix or branch label matches '" + identifier
                + "'; run `db history` to list the revisions.");
        this.identifier = identifier;
    }

    /** What was looked up. */
    public String identifier() {
        return identifier;
    }
}
