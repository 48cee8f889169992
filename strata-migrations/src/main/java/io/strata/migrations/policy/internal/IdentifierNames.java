package io.strata.migrations.policy.internal;

import java.util.ArrayList;
import java.util.List;

import io.strata.migrations.operations.*;
import io.strata.migrations.schema.CheckConstraint;
import io.strata.migrations.schema.Column;
import io.strata.migrations.schema.ForeignKey;
import io.strata.migrations.schema.Index;
import io.strata.migrations.schema.Table;
import io.strata.migrations.schema.UniqueConstraint;

/** The names an operation gives to what it creates or renames (tables, columns, indexes, constraints). */
final class IdentifierNames implements OperationVisitor<List<String>> {

    private static final IdentifierNames INSTANCE = new IdentifierNames();

    private IdentifierNames() {
    }

    /** The names this operation introduces, in order. */
    static List<String> of(Operation op) {
        return op.accept(INSTANCE);
    }

    @Override
    public List<String> createTable(CreateTable op) {
        Table t = op.table();
        List<String> names = new ArrayList<>();
        names.add(t.name());
        t.columns().stream().map(Column::name).forEach(names::add);
        if (t.primaryKey() != null && t.primaryKey().name() != null) {
            names.add(t.primaryKey().name());
        }
        t.foreignKeys().stream().map(ForeignKey::name).forEach(names::add);
        t.uniqueConstraints().stream().map(UniqueConstraint::name).forEach(names::add);
        t.indexes().stream().map(Index::name).forEach(names::add);
        t.checks().stream().map(CheckConstraint::name).forEach(names::add);
        names.removeIf(java.util.Objects::isNull);
        return names;
    }

    @Override public List<String> dropTable(DropTable op) { return List.of(); }
    @Override public List<String> renameTable(RenameTable op) { return List.of(op.to()); }
    @Override public List<String> addColumn(AddColumn op) { return List.of(op.column().name()); }
    @Override public List<String> dropColumn(DropColumn op) { return List.of(); }
    @Override public List<String> alterColumn(AlterColumn op) { return op.newName() == null ? List.of() : List.of(op.newName()); }
    @Override public List<String> createIndex(CreateIndex op) { return List.of(op.index().name()); }
    @Override public List<String> dropIndex(DropIndex op) { return List.of(); }
    @Override public List<String> renameIndex(RenameIndex op) { return List.of(op.to()); }
    @Override public List<String> createPrimaryKey(CreatePrimaryKey op) { return named(op.constraintName()); }
    @Override public List<String> createUniqueConstraint(CreateUniqueConstraint op) { return named(op.constraintName()); }
    @Override public List<String> createForeignKey(CreateForeignKey op) { return named(op.constraintName()); }
    @Override public List<String> createCheckConstraint(CreateCheckConstraint op) { return named(op.constraintName()); }
    @Override public List<String> dropConstraint(DropConstraint op) { return List.of(); }
    @Override public List<String> renameConstraint(RenameConstraint op) { return List.of(op.to()); }
    @Override public List<String> execute(Execute op) { return List.of(); }
    @Override public List<String> bulkInsert(BulkInsert op) { return List.of(); }
    @Override public List<String> runCallback(RunCallback op) { return List.of(); }

    private static List<String> named(String name) {
        return name == null ? List.of() : List.of(name);
    }
}
