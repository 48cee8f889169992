package io.strata.migrations.runner.internal;

import java.util.List;

import io.strata.migrations.schema.Schema;

/** Where inside a revision its execution failed; the runner turns it into a public exception with the database's state. */
public final class StepFailure extends Exception {

    private static final long serialVersionUID = 1L;

    final int operationNumber;
    final int operationCount;
    final String operation;
    final String statement;
    /** The table the failed operation changes, or {@code null}. */
    String table;
    /** How many statements of the revision had run before the failure (what a non-transactional database keeps). */
    int statementsDone;
    /**
     * How many of those statements were committed before the failure because an operation ran
     * outside the revision's transaction (a rollback cannot undo them).
     */
    int committed;
    /** How many operations the failed step rendered together (its SQL failed); 1 otherwise. */
    int operationsInStep = 1;
    /** The statements of the failed operation (or step) that ran before its failing one; empty when none. */
    List<String> ranOfOperation = List.of();
    /** The schema before the failed operation and the one it would have left, when its SQL failed; else {@code null}. */
    Schema before;
    Schema after;

    StepFailure(int operationNumber, int operationCount, String operation, String statement, Throwable cause) {
        super(cause.getMessage(), cause);
        this.operationNumber = operationNumber;
        this.operationCount = operationCount;
        this.operation = operation;
        this.statement = statement;
    }
}
