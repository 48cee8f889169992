package io.strata.migrations.operations;

import java.util.Optional;

import io.strata.migrations.schema.Schema;

/**
 * One step of a migration, as an immutable value. Rendering it to SQL is the dialect's job; executing
 * it is the runner's.
 */
public sealed interface Operation permits CreateTable, DropTable, RenameTable, AddColumn, DropColumn, AlterColumn,
        CreateIndex, DropIndex, RenameIndex, AddConstraint, DropConstraint, RenameConstraint, Execute, BulkInsert,
        RunCallback, Backfill {

    /**
     * The operation that undoes this one, or empty when this operation does not carry what the undo
     * needs (a {@code dropTable} given only a name, an {@code execute}); see {@link #completedFrom}.
     */
    Optional<Operation> reverse();

    /**
     * The schema after this operation, given the schema before it; operations that do not change the
     * schema (SQL, inserts, callbacks) return it unchanged.
     *
     * @throws SchemaMismatchException when the schema lacks what the operation needs (its table, column…)
     */
    Schema applyTo(Schema schema);

    /** Calls the visitor method for this operation's type. */
    <R> R accept(OperationVisitor<R> visitor);

    /**
     * This operation with the previous definitions it lacks (of a dropped table, column, index or
     * constraint, of an altered column) taken from the schema before it, so that it can reverse.
     */
    default Operation completedFrom(Schema before) {
        return this;
    }

    /** Whether applying this operation can destroy stored data (dropping a table or column, changing a type). */
    default boolean losesData() {
        return false;
    }
}
