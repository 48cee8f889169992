package io.strata.migrations.graph;

import java.util.Set;

import io.strata.ErrorKind;

/** The version table names revisions that are unknown or that contradict one another. */
public class InvalidVersionSetException extends RevisionGraphException {

    private static final long serialVersionUID = 1L;

    private final Set<String> versions;

    /** Creates the error for these stored versions and the problem with them. */
    public InvalidVersionSetException(Set<String> versions, String problem) {
        super(ErrorKind.CONFLICT, "The version table holds " + versions + ": " + problem);
        this.versions = VersionChange.sortedCopy(versions);
    }

    /** The ids the version table holds, sorted. */
    public Set<String> versions() {
        return versions;
    }
}
