package io.strata.migrations.operations;

import java.util.Optional;

/** An operation that adds a named constraint to an existing table; its reverse drops it. */
public sealed interface AddConstraint extends Operation
        permits CreatePrimaryKey, CreateUniqueConstraint, CreateForeignKey, CreateCheckConstraint {

    /** The table the constraint is added to. */
    String table();

    /** The constraint's name. */
    String constraintName();

    /** The constraint's kind. */
    ConstraintKind kind();

    @Override
    default Optional<Operation> reverse() {
        return Optional.of(new DropConstraint(table(), constraintName(), kind(), this));
    }
}
