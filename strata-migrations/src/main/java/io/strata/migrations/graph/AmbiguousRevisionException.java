package io.strata.migrations.graph;

import java.util.List;

import io.strata.ErrorKind;

/** A revision prefix matches several revisions. */
public class AmbiguousRevisionException extends RevisionGraphException {

    private static final long serialVersionUID = 1L;

    private final String prefix;
    private final List<String> candidates;

    /** Creates the error for this prefix and the revisions it matches. */
    public AmbiguousRevisionException(String prefix, List<String> candidates) {
        super(ErrorKind.INVALID_INPUT, "Revision prefix '" + prefix + "' matches " + candidates.size() + " revisions: "
                + String.join(", ", candidates) + "; type more characters of the id.");
        this.prefix = prefix;
        this.candidates = List.copyOf(candidates);
    }

    /** The prefix as given. */
    public String prefix() {
        return prefix;
    }

    /** The revisions it matches, sorted. */
    public List<String> candidates() {
        return candidates;
    }
}
