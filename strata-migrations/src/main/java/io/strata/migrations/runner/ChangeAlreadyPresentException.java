package io.strata.migrations.runner;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.strata.migrations.diff.Difference;
import io.strata.migrations.graph.Direction;

/**
 * A revision failed because the database already has the change its failed operation makes: every
 * object the operation adds, drops or alters already looks in the live database as the operation
 * would leave it (a {@code duplicate column name} or {@code already exists} error, typically). The
 * revision is not at fault: the schema was changed outside the revisions (by hand, or created from
 * models that were ahead of them) while the version table still names the revision before. The
 * message says so and suggests {@code db drift} and {@code db stamp} instead of fixing the revision.
 */
public class ChangeAlreadyPresentException extends MigrationFailedException {

    private static final long serialVersionUID = 1L;

    private final List<Difference> changes;

    /**
     * Creates the error.
     *
     * @param revisionId the revision that failed
     * @param direction whether it was upgrading or downgrading
     * @param operationNumber the failed operation's position, from 1
     * @param operationCount how many operations the revision has
     * @param operation the failed operation, e.g. {@code addColumn book.isbn}
     * @param statement the SQL that failed
     * @param rolledBack whether the revision's earlier operations were rolled back
     * @param recordedVersions what the version table holds now
     * @param stampTarget what {@code db stamp} would record if the database holds everything the revision does
     * @param changes the failed operation's changes, each already in the database
     * @param cause the driver's error
     */
    public ChangeAlreadyPresentException(String revisionId, Direction direction, int operationNumber, int operationCount,
            String operation, String statement, boolean rolledBack, Set<String> recordedVersions, String stampTarget,
            List<Difference> changes, Throwable cause) {
        this(revisionId, direction, operationNumber, operationCount, operation, statement, rolledBack, recordedVersions,
                List.of(), stampTarget, changes, cause);
    }

    /**
     * Creates the error of an operation whose first statements ran, and remain, before one failed.
     *
     * @param partlyApplied the statements of the failed operation that ran before it failed and remain applied
     * @see #ChangeAlreadyPresentException(String, Direction, int, int, String, String, boolean, Set, String, List, Throwable)
     */
    public ChangeAlreadyPresentException(String revisionId, Direction direction, int operationNumber, int operationCount,
            String operation, String statement, boolean rolledBack, Set<String> recordedVersions,
            List<String> partlyApplied, String stampTarget, List<Difference> changes, Throwable cause) {
        super(header(revisionId, direction, operationNumber, operationCount, operation, statement, cause)
                + "The database already has this change (" + describe(changes) + ") although its version table "
                + (direction == Direction.UPGRADE ? "does not record" : "still records") + " revision " + revisionId
                + ": the revision is not at fault, the schema was changed outside the revisions (by hand, or created"
                + " from models that were ahead of them). "
                + state(revisionId, operationNumber, rolledBack, recordedVersions, partlyApplied)
                + " Compare the database with its revisions (db drift). If it already holds everything revision "
                + revisionId + "'s " + verb(direction) + " does, record that without running it: db stamp " + stampTarget
                + "; otherwise undo the change by hand, then run " + verb(direction) + " again.",
                revisionId, direction, operationNumber, operation, statement, rolledBack, recordedVersions,
                partlyApplied, cause);
        this.changes = List.copyOf(changes);
    }

    /** The failed operation's changes, each already in the database, e.g. {@code + column book.isbn}. */
    public List<Difference> changes() {
        return changes;
    }

    private static String describe(List<Difference> changes) {
        return changes.stream().map(Difference::toString).collect(Collectors.joining("; "));
    }
}
