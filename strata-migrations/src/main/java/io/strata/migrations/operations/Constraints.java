package io.strata.migrations.operations;

import java.util.Optional;

import io.strata.migrations.schema.Table;

/** Finding and removing a table's constraints by name and kind. */
final class Constraints {

    private Constraints() {
    }

    /** The operation that creates the named constraint of the table, if it has one. */
    static Optional<AddConstraint> find(Table t, String name, ConstraintKind kind) {
        switch (kind) {
            case PRIMARY_KEY:
                return Optional.ofNullable(t.primaryKey()).filter(pk -> pk.name().equalsIgnoreCase(name))
                        .map(pk -> new CreatePrimaryKey(t.name(), pk));
            case UNIQUE:
                return t.uniqueConstraints().stream().filter(u -> u.name().equalsIgnoreCase(name)).findFirst()
                        .map(u -> new CreateUniqueConstraint(t.name(), u));
            case FOREIGN_KEY:
                return t.foreignKeys().stream().filter(f -> f.name().equalsIgnoreCase(name)).findFirst()
                        .map(f -> new CreateForeignKey(t.name(), f));
            default:
                return t.checks().stream().filter(c -> c.name().equalsIgnoreCase(name)).findFirst()
                        .map(c -> new CreateCheckConstraint(t.name(), c));
        }
    }

    /** The table without the named constraint. */
    static Table without(Table t, String name, ConstraintKind kind) {
        return Tables.table(t.name(), t.columns(),
                kind == ConstraintKind.PRIMARY_KEY ? null : t.primaryKey(),
                kind == ConstraintKind.FOREIGN_KEY ? Tables.filter(t.foreignKeys(), f -> !f.name().equalsIgnoreCase(name)) : t.foreignKeys(),
                kind == ConstraintKind.UNIQUE ? Tables.filter(t.uniqueConstraints(), u -> !u.name().equalsIgnoreCase(name)) : t.uniqueConstraints(),
                t.indexes(),
                kind == ConstraintKind.CHECK ? Tables.filter(t.checks(), c -> !c.name().equalsIgnoreCase(name)) : t.checks());
    }
}
