package io.strata.migrations.runner;

import java.util.List;
import java.util.Set;

import io.strata.migrations.graph.Direction;

/**
 * A revision failed while running. Says which revision, which operation and statement, the driver's
 * message, and where the database was left: rolled back to the previous revision where DDL is
 * transactional, or with the failed revision's earlier operations applied where it is not (MariaDB).
 */
public class MigrationFailedException extends MigrationException {

    private static final long serialVersionUID = 1L;

    private final String revisionId;
    private final Direction direction;
    private final int operationNumber;
    private final String operation;
    private final String statement;
    private final boolean rolledBack;
    private final Set<String> recordedVersions;
    private final List<String> partlyApplied;

    /**
     * Creates the error.
     *
     * @param revisionId the revision that failed
     * @param direction whether it was upgrading or downgrading
     * @param operationNumber the failed operation's position, from 1
     * @param operationCount how many operations the revision has
     * @param operation the failed operation, e.g. {@code addColumn book.isbn}
     * @param statement the SQL that failed, or {@code null} when it failed before or outside SQL
     * @param rolledBack whether the revision's earlier operations were rolled back
     * @param recordedVersions what the version table holds now
     * @param cause the driver's (or the code's) error
     */
    public MigrationFailedException(String revisionId, Direction direction, int operationNumber, int operationCount,
            String operation, String statement, boolean rolledBack, Set<String> recordedVersions, Throwable cause) {
        this(revisionId, direction, operationNumber, operationCount, operation, statement, rolledBack, recordedVersions,
                List.of(), cause);
    }

    /**
     * Creates the error of an operation whose first statements ran, and remain, before one failed.
     *
     * @param partlyApplied the statements of the failed operation that ran before it failed and remain
     *        applied (where DDL commits as it runs); empty when none
     * @see #MigrationFailedException(String, Direction, int, int, String, String, boolean, Set, Throwable)
     */
    public MigrationFailedException(String revisionId, Direction direction, int operationNumber, int operationCount,
            String operation, String statement, boolean rolledBack, Set<String> recordedVersions,
            List<String> partlyApplied, Throwable cause) {
        this(message(revisionId, direction, operationNumber, operationCount, operation, statement, rolledBack,
                recordedVersions, partlyApplied, cause), revisionId, direction, operationNumber, operation, statement,
                rolledBack, recordedVersions, partlyApplied, cause);
    }

    /** For subclasses that say more: the same facts with their own message. */
    protected MigrationFailedException(String message, String revisionId, Direction direction, int operationNumber,
            String operation, String statement, boolean rolledBack, Set<String> recordedVersions, Throwable cause) {
        this(message, revisionId, direction, operationNumber, operation, statement, rolledBack, recordedVersions,
                List.of(), cause);
    }

    /** For subclasses that say more, of an operation whose first statements remain applied. */
    protected MigrationFailedException(String message, String revisionId, Direction direction, int operationNumber,
            String operation, String statement, boolean rolledBack, Set<String> recordedVersions,
            List<String> partlyApplied, Throwable cause) {
        super(message, cause);
        this.partlyApplied = List.copyOf(partlyApplied);
        this.revisionId = revisionId;
        this.direction = direction;
        this.operationNumber = operationNumber;
        this.operation = operation;
        this.statement = statement;
        this.rolledBack = rolledBack;
        this.recordedVersions = Set.copyOf(recordedVersions);
    }

    private static String message(String revisionId, Direction direction, int number, int count, String operation,
            String statement, boolean rolledBack, Set<String> recorded, List<String> partlyApplied, Throwable cause) {
        String verb = verb(direction);
        String advice;
        if (!rolledBack && !partlyApplied.isEmpty()) {
            advice = " Undo those statements of operation " + number + " by hand (or make it tolerate them), then run "
                    + verb + " again: it resumes at operation " + number + ".";
        } else if (!rolledBack && number > 1) {
            advice = " Fix the revision's operation " + number + " (leave operations 1 to " + (number - 1) + " as they"
                    + " are: Strata recorded how far the revision got, and the next " + verb + " resumes after the"
                    + " operations that committed) and run " + verb + " again.";
        } else {
            advice = " Fix the revision and run " + verb + " again.";
        }
        return header(revisionId, direction, number, count, operation, statement, cause)
                + state(revisionId, number, rolledBack, recorded, partlyApplied) + advice;
    }

    /** What failed, where and why: the first lines of every failure's message, ending with a newline. */
    static String header(String revisionId, Direction direction, int number, int count, String operation,
            String statement, Throwable cause) {
        StringBuilder text = new StringBuilder("The ").append(verb(direction)).append(" of revision ").append(revisionId)
                .append(" failed at operation ").append(number).append(" of ").append(count).append(" (")
                .append(operation).append(')');
        if (statement != null) {
            text.append(" running: ").append(statement);
        }
        text.append("\n  cause: ").append(cause.getMessage() == null ? cause.toString() : cause.getMessage()).append('\n');
        return text.toString();
    }

    /** Where the failure left the database: rolled back, partly applied, or untouched, and its recorded version. */
    static String state(String revisionId, int number, boolean rolledBack, Set<String> recorded,
            List<String> partlyApplied) {
        String at = recorded.isEmpty() ? "base (no revision)" : "revision " + String.join(", ", recorded);
        if (rolledBack) {
            return "The revision was rolled back; the database is at " + at + ".";
        }
        String ran = "the first " + partlyApplied.size() + " statement(s) of operation " + number
                + ", which ran before the failing one (" + String.join("; ", partlyApplied) + ")";
        if (number > 1) {
            return "Operations 1 to " + (number - 1) + " of revision " + revisionId + " could not be rolled back (this"
                    + " database commits DDL as it runs, or they committed before an operation that runs outside the"
                    + " transaction) and remain applied, while the version table records " + at + "."
                    + (partlyApplied.isEmpty() ? "" : " So do " + ran + ".");
        }
        if (!partlyApplied.isEmpty()) {
            return "Of revision " + revisionId + ", " + ran + " could not be rolled back (this database commits DDL as"
                    + " it runs) and remain applied, while the version table records " + at + ".";
        }
        return "Nothing of revision " + revisionId + " was applied; the database is at " + at + ".";
    }

    static String verb(Direction direction) {
        return direction == Direction.UPGRADE ? "upgrade" : "downgrade";
    }

    /** The revision that failed. */
    public String revisionId() {
        return revisionId;
    }

    /** Whether it was upgrading or downgrading. */
    public Direction direction() {
        return direction;
    }

    /** The failed operation's position in the revision, from 1. */
    public int operationNumber() {
        return operationNumber;
    }

    /** The failed operation, e.g. {@code addColumn book.isbn}. */
    public String operation() {
        return operation;
    }

    /** The SQL that failed, or {@code null} when it failed outside SQL (rendering, a callback). */
    public String statement() {
        return statement;
    }

    /** Whether the revision's earlier operations were rolled back. */
    public boolean rolledBack() {
        return rolledBack;
    }

    /**
     * The statements of the failed operation that ran before it failed and remain applied (where DDL
     * commits as it runs); empty when none.
     */
    public List<String> partlyApplied() {
        return partlyApplied;
    }

    /** What the version table holds after the failure. */
    public Set<String> recordedVersions() {
        return recordedVersions;
    }
}
