package io.strata.migrations.safety;

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

/** The table whose lock an operation takes (the referencing one for a foreign key), or null for raw SQL. */
public final class TableOf implements OperationVisitor<String> {

    /** The table the operation changes, or {@code null} for raw SQL. */
    public static String of(Operation operation) {
        return operation.accept(new TableOf());
    }

    @Override
    public String createTable(CreateTable op) {
        return op.table().name();
    }

    @Override
    public String dropTable(DropTable op) {
        return op.name();
    }

    @Override
    public String renameTable(RenameTable op) {
        return op.from();
    }

    @Override
    public String addColumn(AddColumn op) {
        return op.table();
    }

    @Override
    public String dropColumn(DropColumn op) {
        return op.table();
    }

    @Override
    public String alterColumn(AlterColumn op) {
        return op.table();
    }

    @Override
    public String createIndex(CreateIndex op) {
        return op.table();
    }

    @Override
    public String dropIndex(DropIndex op) {
        return op.table();
    }

    @Override
    public String renameIndex(RenameIndex op) {
        return op.table();
    }

    @Override
    public String createPrimaryKey(CreatePrimaryKey op) {
        return op.table();
    }

    @Override
    public String createUniqueConstraint(CreateUniqueConstraint op) {
        return op.table();
    }

    @Override
    public String createForeignKey(CreateForeignKey op) {
        return op.table();
    }

    @Override
    public String createCheckConstraint(CreateCheckConstraint op) {
        return op.table();
    }

    @Override
    public String dropConstraint(DropConstraint op) {
        return op.table();
    }

    @Override
    public String renameConstraint(RenameConstraint op) {
        return op.table();
    }

    @Override
    public String execute(Execute op) {
        return null;
    }

    @Override
    public String bulkInsert(BulkInsert op) {
        return op.table();
    }

    @Override
    public String runCallback(RunCallback op) {
        return null;
    }

    @Override
    public String backfill(Backfill op) {
        return op.table();
    }
}
