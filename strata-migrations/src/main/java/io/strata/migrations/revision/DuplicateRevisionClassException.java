package io.strata.migrations.revision;

import io.strata.migrations.graph.DuplicateRevisionException;

/** Two revision classes declare the same id; a {@link DuplicateRevisionException} that names both. */
public class DuplicateRevisionClassException extends DuplicateRevisionException {

    private static final long serialVersionUID = 1L;

    private final String first;
    private final String second;

    /** Creates the error for this id and the two sources declaring it. */
    public DuplicateRevisionClassException(String revisionId, String first, String second) {
        super(revisionId);
        this.first = first;
        this.second = second;
    }

    /** The source read first. */
    public String first() {
        return first;
    }

    /** The source read second. */
    public String second() {
        return second;
    }

    @Override
    public String getMessage() {
        return super.getMessage() + " Declared by " + first + " and " + second + ".";
    }
}
