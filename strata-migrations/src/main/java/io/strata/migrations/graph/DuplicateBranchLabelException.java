package io.strata.migrations.graph;

import java.util.List;

import io.strata.ErrorKind;

/** A branch label is declared twice, or is also a revision id, so it would name two revisions. */
public class DuplicateBranchLabelException extends RevisionGraphException {

    private static final long serialVersionUID = 1L;

    private final String label;
    private final List<String> revisions;

    /** Creates the error for this label and the two revisions it would name. */
    public DuplicateBranchLabelException(String label, List<String> revisions, boolean clashesWithId) {
        super(ErrorKind.REVISION, clashesWithId
                ? "Branch label '" + label + "' on revision " + revisions.get(0)
                        + " is also the id of revision " + revisions.get(1) + "; rename the label."
                : "Branch label '" + label + "' is declared on revisions " + String.join(" and ", revisions)
                        + "; a label names one revision, so remove it from all but one.");
        this.label = label;
        this.revisions = List.copyOf(revisions);
    }

    /** The label that names two revisions. */
    public String label() {
        return label;
    }

    /** The revisions it names. */
    public List<String> revisions() {
        return revisions;
    }
}
