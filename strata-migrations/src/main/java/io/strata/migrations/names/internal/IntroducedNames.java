package io.strata.migrations.names.internal;

import java.util.ArrayList;
import java.util.List;

import io.strata.migrations.operations.AddColumn;
import io.strata.migrations.operations.AlterColumn;
import io.strata.migrations.operations.Backfill;
import io.strata.migrations.operations.BulkInsert;
import io.strata.migrations.operations.CreateCheckConstraint;
import io.strata.migrations.operations.CreateForeignKey;
import io.strata.migrations.operations.CreateIndex;
import io.strata.migrations.operations.CreatePrimaryKey;
import io.strata.migrations.operations.CreateTable;
import io.strata.migrations.operations.CreateUniqueConstraint;
import io.strata.migrations.operations.DropColumn;
import io.strata.migrations.operations.DropConstraint;
import io.strata.migrations.operations.DropIndex;
import io.strata.migrations.operations.DropTable;
import io.strata.migrations.operations.Execute;
import io.strata.migrations.operations.Operation;
import io.strata.migrations.operations.OperationVisitor;
import io.strata.migrations.operations.RenameConstraint;
import io.strata.migrations.operations.RenameIndex;
import io.strata.migrations.operations.RenameTable;
import io.strata.migrations.operations.RunCallback;
import io.strata.migrations.schema.Table;

/**
 * The names an operation gives to something new: a table, column, index or constraint it creates or
 * renames to. Names it only refers to (what it drops, alters or references) existed already, so a
 * database accepted them.
 */
public final class IntroducedNames implements OperationVisitor<List<IntroducedNames.Name>> {

    /**
     * One introduced name.
     *
     * @param kind what it names, e.g. {@code foreign key}, {@code column}
     * @param identifier the name as written in the revision
     * @param table the table it belongs to (the table itself for a table name)
     */
    public record Name(String kind, String identifier, String table) {
    }

    private static final IntroducedNames INSTANCE = new IntroducedNames();

    private IntroducedNames() {
    }

    /** The names the operation introduces, in the order it declares them. */
    public static List<Name> of(Operation operation) {
        return operation.accept(INSTANCE);
    }

    @Override
    public List<Name> createTable(CreateTable op) {
        Table t = op.table();
        List<Name> names = new ArrayList<>();
        names.add(new Name("table", t.name(), t.name()));
        t.columns().forEach(c -> names.add(new Name("column", c.name(), t.name())));
        if (t.primaryKey() != null) {
            names.add(new Name("primary key", t.primaryKey().name(), t.name()));
        }
        t.foreignKeys().forEach(k -> names.add(new Name("foreign key", k.name(), t.name())));
        t.uniqueConstraints().forEach(u -> names.add(new Name("unique constraint", u.name(), t.name())));
        t.indexes().forEach(i -> names.add(new Name("index", i.name(), t.name())));
        t.checks().forEach(c -> names.add(new Name("check constraint", c.name(), t.name())));
        return names;
    }

    @Override
    public List<Name> dropTable(DropTable op) {
        return List.of();
    }

    @Override
    public List<Name> renameTable(RenameTable op) {
        return List.of(new Name("table", op.to(), op.to()));
    }

    @Override
    public List<Name> addColumn(AddColumn op) {
        return List.of(new Name("column", op.column().name(), op.table()));
    }

    @Override
    public List<Name> dropColumn(DropColumn op) {
        return List.of();
    }

    @Override
    public List<Name> alterColumn(AlterColumn op) {
        return op.renames() ? List.of(new Name("column", op.newName(), op.table())) : List.of();
    }

    @Override
    public List<Name> createIndex(CreateIndex op) {
        return List.of(new Name("index", op.index().name(), op.table()));
    }

    @Override
    public List<Name> dropIndex(DropIndex op) {
        return List.of();
    }

    @Override
    public List<Name> renameIndex(RenameIndex op) {
        return List.of(new Name("index", op.to(), op.table()));
    }

    @Override
    public List<Name> createPrimaryKey(CreatePrimaryKey op) {
        return List.of(new Name("primary key", op.constraintName(), op.table()));
    }

    @Override
    public List<Name> createUniqueConstraint(CreateUniqueConstraint op) {
        return List.of(new Name("unique constraint", op.constraintName(), op.table()));
    }

    @Override
    public List<Name> createForeignKey(CreateForeignKey op) {
        return List.of(new Name("foreign key", op.constraintName(), op.table()));
    }

    @Override
    public List<Name> createCheckConstraint(CreateCheckConstraint op) {
        return List.of(new Name("check constraint", op.constraintName(), op.table()));
    }

    @Override
    public List<Name> dropConstraint(DropConstraint op) {
        return List.of();
    }

    @Override
    public List<Name> renameConstraint(RenameConstraint op) {
        String kind = switch (op.kind()) {
            case PRIMARY_KEY -> "primary key";
            case UNIQUE -> "unique constraint";
            case FOREIGN_KEY -> "foreign key";
            case CHECK -> "check constraint";
        };
        return List.of(new Name(kind, op.to(), op.table()));
    }

    @Override
    public List<Name> execute(Execute op) {
        return List.of();
    }

    @Override
    public List<Name> bulkInsert(BulkInsert op) {
        return List.of();
    }

    @Override
    public List<Name> runCallback(RunCallback op) {
        return List.of();
    }

    @Override
    public List<Name> backfill(Backfill op) {
        return List.of();
    }
}
