package io.strata.migrations.dialect.internal;

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
import io.strata.migrations.operations.OperationVisitor;
import io.strata.migrations.operations.RenameConstraint;
import io.strata.migrations.operations.RenameIndex;
import io.strata.migrations.operations.RenameTable;
import io.strata.migrations.operations.RunCallback;
import io.strata.migrations.schema.Schema;

/** Sends each operation to the dialect method that renders it, with the schema before it. */
final class RenderVisitor implements OperationVisitor<List<String>> {

    private final AbstractDialect dialect;
    private final Schema before;

    RenderVisitor(AbstractDialect dialect, Schema before) {
        this.dialect = dialect;
        this.before = before;
    }

    @Override
    public List<String> createTable(CreateTable op) {
        return dialect.createTable(op.table(), before);
    }

    @Override
    public List<String> dropTable(DropTable op) {
        return dialect.dropTable(op, before);
    }

    @Override
    public List<String> renameTable(RenameTable op) {
        return dialect.renameTable(op, before);
    }

    @Override
    public List<String> addColumn(AddColumn op) {
        return dialect.addColumn(op, before);
    }

    @Override
    public List<String> dropColumn(DropColumn op) {
        return dialect.dropColumn(op, before);
    }

    @Override
    public List<String> alterColumn(AlterColumn op) {
        return dialect.alterColumn(op, before);
    }

    @Override
    public List<String> createIndex(CreateIndex op) {
        return dialect.createIndex(op, before);
    }

    @Override
    public List<String> dropIndex(DropIndex op) {
        return dialect.dropIndex(op, before);
    }

    @Override
    public List<String> renameIndex(RenameIndex op) {
        return dialect.renameIndex(op, before);
    }

    @Override
    public List<String> createPrimaryKey(CreatePrimaryKey op) {
        return dialect.addConstraint(op, before);
    }

    @Override
    public List<String> createUniqueConstraint(CreateUniqueConstraint op) {
        return dialect.addConstraint(op, before);
    }

    @Override
    public List<String> createForeignKey(CreateForeignKey op) {
        return dialect.addConstraint(op, before);
    }

    @Override
    public List<String> createCheckConstraint(CreateCheckConstraint op) {
        return dialect.addConstraint(op, before);
    }

    @Override
    public List<String> dropConstraint(DropConstraint op) {
        return dialect.dropConstraint(op, before);
    }

    @Override
    public List<String> renameConstraint(RenameConstraint op) {
        return dialect.renameConstraint(op, before);
    }

    @Override
    public List<String> execute(Execute op) {
        return dialect.execute(op);
    }

    @Override
    public List<String> bulkInsert(BulkInsert op) {
        return dialect.bulkInsert(op, before);
    }

    @Override
    public List<String> runCallback(RunCallback op) {
        return dialect.runCallback(op);
    }

    @Override
    public List<String> backfill(Backfill op) {
        return dialect.backfill(op, before);
    }
}
