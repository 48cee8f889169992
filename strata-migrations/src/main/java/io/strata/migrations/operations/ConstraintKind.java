package io.strata.migrations.operations;

/** The kinds of table constraint that {@link DropConstraint} drops and {@link RenameConstraint} renames. */
public enum ConstraintKind {
    /** A primary key. */
    PRIMARY_KEY,
    /** A unique constraint. */
    UNIQUE,
    /** A foreign key. */
    FOREIGN_KEY,
    /** A check constraint. */
    CHECK
}
