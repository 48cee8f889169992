package io.strata.migrations.runner.internal;

import java.util.ArrayList;
import java.util.List;

import io.strata.migrations.operations.Operation;
import io.strata.migrations.schema.Schema;

/**
 * A revision's operations completed from the replayed schema, with the schema before each, up to the
 * first operation the schema does not fit (its {@link #failure()}); pure, no database.
 */
final class ReplayedOperations {

    private final List<Operation> completed = new ArrayList<>();
    private final List<Schema> schemas = new ArrayList<>();
    private RuntimeException failure;

    private ReplayedOperations() {
    }

    /** Completes and applies the operations in order from {@code before}, stopping at the first that fails. */
    static ReplayedOperations of(List<Operation> operations, Schema before) {
        ReplayedOperations replay = new ReplayedOperations();
        Schema schema = before;
        replay.schemas.add(schema);
        for (Operation op : operations) {
            try {
                Operation complete = op.completedFrom(schema);
                schema = complete.applyTo(schema);
                replay.completed.add(complete);
                replay.schemas.add(schema);
            } catch (RuntimeException e) {
                replay.failure = e;
                break;
            }
        }
        return replay;
    }

    /** The completed operations, up to (not including) the one that failed. */
    List<Operation> completed() {
        return completed;
    }

    /** The schema before completed operation {@code i}; {@code i == completed().size()} gives the schema after them all. */
    Schema before(int i) {
        return schemas.get(i);
    }

    /** Why the operation after the completed ones could not be completed or applied, or {@code null}. */
    RuntimeException failure() {
        return failure;
    }
}
