package io.strata.migrations.diff.internal;

import java.util.ArrayList;
import java.util.List;

import io.strata.migrations.operations.Operation;
import io.strata.migrations.operations.SchemaMismatchException;
import io.strata.migrations.schema.Schema;

/**
 * Operations in order, each completed from the schema just before it (so it can reverse) and
 * applied to it, so that a wrong order fails here rather than on a database.
 */
final class OperationSequence {

    private final List<Operation> operations = new ArrayList<>();
    private Schema current;

    OperationSequence(Schema start) {
        this.current = start;
    }

    /** Completes, checks and appends the operation. */
    void add(Operation op) {
        Operation complete = op.completedFrom(current);
        try {
            current = complete.applyTo(current);
        } catch (SchemaMismatchException e) {
            throw new IllegalStateException("schema diff produced an operation that does not fit the schema before it ("
                    + e.getMessage() + "); operations so far: " + operations + ". Please report this with both schemas", e);
        }
        operations.add(complete);
    }

    /** The schema after every operation so far. */
    Schema current() {
        return current;
    }

    /** The operations so far. */
    List<Operation> operations() {
        return List.copyOf(operations);
    }

    /** The reverses of the operations, last first: the way back to the start. */
    List<Operation> reversed() {
        List<Operation> back = new ArrayList<>();
        for (int i = operations.size() - 1; i >= 0; i--) {
            Operation op = operations.get(i);
            back.add(op.reverse().orElseThrow(() -> new IllegalStateException("operation " + op
                    + " has no reverse although it was completed from the schema before it")));
        }
        return back;
    }
}
