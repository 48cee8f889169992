package io.strata.migrations.graph;

import java.util.List;

import io.strata.ErrorKind;

/** A single head was asked for but the graph (or the branch) has several. */
public class MultipleHeadsException extends RevisionGraphException {

    private static final long serialVersionUID = 1L;

    private final List<String> heads;
    private final String target;

    /** Creates the error for these heads and the target that needed one. */
    public MultipleHeadsException(List<String> heads, String target) {
        super(ErrorKind.CONFLICT, "'" + target + "' needs a single head but there are " + heads.size() + ": "
                + String.join(", ", heads) + ". Merge them with `db merge -m \"merge heads\" "
                + String.join(" ", heads) + "`, or use 'heads' or name one of them.");
        this.heads = List.copyOf(heads);
        this.target = target;
    }

    /**
     * Creates the error for these heads with a message of its own, for a caller whose fix differs
     * from choosing a target (writing a revision needs the heads merged first).
     */
    public MultipleHeadsException(List<String> heads, String target, String message) {
        super(ErrorKind.CONFLICT, message);
        this.heads = List.copyOf(heads);
        this.target = target;
    }

    /** The heads, sorted. */
    public List<String> heads() {
        return heads;
    }

    /** The target that needed a single head. */
    public String target() {
        return target;
    }
}
