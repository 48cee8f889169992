package io.strata.migrations.operations;

import java.util.List;
import java.util.Optional;

import io.strata.migrations.schema.CheckConstraint;
import io.strata.migrations.schema.ForeignKey;
import io.strata.migrations.schema.PrimaryKey;
import io.strata.migrations.schema.Table;
import io.strata.migrations.schema.UniqueConstraint;

/** Finding, renaming and removing a table's constraints by name and kind. */
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

    /** The table with the named constraint renamed in place (so that renaming it back restores the table exactly). */
    static Table renamed(Table t, String from, String to, ConstraintKind kind) {
        PrimaryKey pk = t.primaryKey();
        if (kind == ConstraintKind.PRIMARY_KEY && pk != null && pk.name().equalsIgnoreCase(from)) {
            pk = new PrimaryKey(to, pk.columns());
        }
        return Tables.table(t.name(), t.columns(), pk,
                kind == ConstraintKind.FOREIGN_KEY ? Tables.map(t.foreignKeys(), f -> !f.name().equalsIgnoreCase(from) ? f
                        : new ForeignKey(to, f.columns(), f.referencedTable(), f.referencedColumns(), f.onDelete(), f.onUpdate()))
                        : t.foreignKeys(),
                kind == ConstraintKind.UNIQUE ? Tables.map(t.uniqueConstraints(), u -> !u.name().equalsIgnoreCase(from) ? u
                        : new UniqueConstraint(to, u.columns())) : t.uniqueConstraints(),
                t.indexes(),
                kind == ConstraintKind.CHECK ? Tables.map(t.checks(), c -> !c.name().equalsIgnoreCase(from) ? c
                        : new CheckConstraint(to, c.expression())) : t.checks());
    }

    /** The names of the table's constraints of one kind, for messages. */
    static List<String> names(Table t, ConstraintKind kind) {
        switch (kind) {
            case PRIMARY_KEY:
                return t.primaryKey() == null ? List.of() : List.of(t.primaryKey().name());
            case UNIQUE:
                return t.uniqueConstraints().stream().map(UniqueConstraint::name).toList();
            case FOREIGN_KEY:
                return t.foreignKeys().stream().map(ForeignKey::name).toList();
            default:
                return t.checks().stream().map(CheckConstraint::name).toList();
        }
    }
}
