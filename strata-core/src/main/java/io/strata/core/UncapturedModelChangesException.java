package io.strata.core;

import java.util.List;

import io.strata.ErrorKind;
import io.strata.StrataException;
import io.strata.migrations.diff.Difference;

/**
 * The models have changes no revision captures and start-up was configured to refuse
 * ({@link ModelChanges#FAIL}). Carries the changes; the message names them and the fix ({@code db migrate}).
 */
public class UncapturedModelChangesException extends StrataException {

    private static final long serialVersionUID = 1L;

    private final List<Difference> changes;

    /** Creates the exception for these changes (the revisions' schema to the models'). */
    public UncapturedModelChangesException(String message, List<Difference> changes) {
        super(ErrorKind.CONFLICT, message);
        this.changes = List.copyOf(changes);
    }

    /** The changes the models have and the revisions do not, e.g. {@code + column author.pinned boolean}. */
    public List<Difference> changes() {
        return changes;
    }
}
