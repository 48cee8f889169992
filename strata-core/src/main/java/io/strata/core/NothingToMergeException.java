package io.strata.core;

import java.util.List;

import io.strata.ErrorKind;
import io.strata.StrataException;

/** A merge revision was asked for, but fewer than two revisions would be joined. */
public class NothingToMergeException extends StrataException {

    private static final long serialVersionUID = 1L;

    private final List<String> revisions;

    /** Creates the exception for the revisions that would have been joined. */
    public NothingToMergeException(List<String> revisions, String message) {
        super(ErrorKind.CONFLICT, message);
        this.revisions = List.copyOf(revisions);
    }

    /** The revisions the merge would have joined (fewer than two). */
    public List<String> revisions() {
        return revisions;
    }
}
