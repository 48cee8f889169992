package io.strata.migrations.graph;

import java.util.List;

import io.strata.ErrorKind;

/** Revisions follow one another in a circle, so none of them can run first. */
public class RevisionCycleException extends RevisionGraphException {

    private static final long serialVersionUID = 1L;

    private final List<String> cycle;

    /** Creates the error for this cycle, each id following the next (and the last the first). */
    public RevisionCycleException(List<String> cycle) {
        super(ErrorKind.REVISION, "Revisions form a cycle: " + String.join(" -> ", cycle) + " -> " + cycle.get(0)
                + " (each follows the next); change the parent of one of them to break it.");
        this.cycle = List.copyOf(cycle);
    }

    /** The ids on the cycle, each one's parent next. */
    public List<String> cycle() {
        return cycle;
    }
}
