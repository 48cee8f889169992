package io.strata.migrations.runner.internal;

import java.util.ArrayList;
import java.util.List;

import io.strata.migrations.operations.Operation;
import io.strata.migrations.schema.Schema;

/**
 * A revision's operations completed from the replayed schema, with the schema before each, up to the
 * first operation the schema does not fit (its {@link #failure()}); pure, no database. An operation
 * that completes but cannot be applied to the replayed schema (it changes a table only raw SQL made)
 * is kept: it still runs, and the failure is met after it, as when replaying as it runs.
 */
final class ReplayedOperations {

    private final List<Operation> completed = new ArrayList<>();
    private final List<Schema> schemas = new ArrayList<>();
    private RuntimeException failure;
    private boolean failedApplying;

    private ReplayedOperations() {
    }

    /** Completes and applies the operations in order from {@code before}, stopping at the first that fails. */
    static ReplayedOperations of(List<Operation> operations, Schema before) {
        ReplayedOperations replay = new ReplayedOperations();
        Schema schema = before;
        replay.schemas.add(schema);
        for (Operation op : operations) {
            Operation complete;
            try {
                complete = op.completedFrom(schema);
            } catch (RuntimeException e) {
                replay.failure = e;
                break;
            }
            replay.completed.add(complete);
            try {
                schema = complete.applyTo(schema);
                replay.schemas.add(schema);
            } catch (RuntimeException e) {
                replay.failure = e;
                replay.failedApplying = true;
                break;
            }
        }
        return replay;
    }

    /** The completed operations, up to the one that failed (included when it completed but could not apply). */
    List<Operation> completed() {
        return completed;
    }

    /**
     * The schema before completed operation {@code i}; {@code i == completed().size()} gives the
     * schema after them all when none failed.
     */
    Schema before(int i) {
        return schemas.get(i);
    }

    /** The schema after completed operation {@code i}, or {@code null} when it could not be applied. */
    Schema after(int i) {
        return i + 1 < schemas.size() ? schemas.get(i + 1) : null;
    }

    /** Why an operation could not be completed or applied, or {@code null}. */
    RuntimeException failure() {
        return failure;
    }

    /** The position of the operation that failed: the last completed one when it failed applying, else the next. */
    int failureIndex() {
        return failedApplying ? completed.size() - 1 : completed.size();
    }

    /** Whether the failed operation completed (it can run) but the replayed schema could not take it. */
    boolean failedApplying() {
        return failedApplying;
    }
}
