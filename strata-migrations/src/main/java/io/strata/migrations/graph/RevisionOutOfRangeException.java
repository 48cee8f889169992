package io.strata.migrations.graph;

import io.strata.ErrorKind;

/** A relative target walks past the head or below the base. */
public class RevisionOutOfRangeException extends RevisionGraphException {

    private static final long serialVersionUID = 1L;

    private final String target;
    private final String start;
    private final int requested;
    private final int available;

    /** Creates the error for a walk of {@code requested} steps from {@code start} where only {@code available} exist. */
    public RevisionOutOfRangeException(String target, String start, int requested, int available) {
        super(ErrorKind.INVALID_INPUT, message(target, start, requested, available));
        this.target = target;
        this.start = start;
        this.requested = requested;
        this.available = available;
    }

    private static String message(String target, String start, int requested, int available) {
        boolean up = requested > 0;
        return "Target '" + target + "' goes " + Math.abs(requested) + " revision(s) " + (up ? "up" : "down")
                + " from " + start + " but there " + (available == 1 ? "is" : "are") + " only " + available
                + (up ? " above it; use 'head' (or 'heads') to reach the latest revision."
                      : " below it; use 'base' to downgrade everything.");
    }

    /** The target as given. */
    public String target() {
        return target;
    }

    /** Where the walk started: a revision id, or {@code base}. */
    public String start() {
        return start;
    }

    /** The signed number of steps asked for. */
    public int requested() {
        return requested;
    }

    /** How many steps could be taken in that direction. */
    public int available() {
        return available;
    }
}
