package io.strata.migrations.revision;

import io.strata.ErrorKind;
import io.strata.migrations.graph.RevisionGraphException;

/**
 * A revision still holds the placeholder {@value #PLACEHOLDER} that autogenerate writes where it does
 * not know a value (the rows an expand/contract revision fills when the model gives the column no
 * default); thrown before the revision runs or is written as SQL, so that nothing half-runs.
 */
public class PlaceholderNotFilledException extends RevisionGraphException {

    /** The token autogenerate writes in place of a value only the developer knows. */
    public static final String PLACEHOLDER = "TODO_FILL_VALUE";

    private static final long serialVersionUID = 1L;

    private final String revisionId;

    /** Creates the error for this revision (id and defining class). */
    public PlaceholderNotFilledException(String revisionId, String source) {
        super(ErrorKind.REVISION, "Revision " + revisionId + " (" + source + ") still holds the placeholder " + PLACEHOLDER
                + " where autogenerate could not know a value: replace it by the SQL value the existing rows get (e.g. 0"
                + " or 'unknown'), or give the column a default in the model and generate the revision again.");
        this.revisionId = revisionId;
    }

    /** The revision at fault. */
    public String revisionId() {
        return revisionId;
    }
}
