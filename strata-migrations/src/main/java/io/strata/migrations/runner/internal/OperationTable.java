package io.strata.migrations.runner.internal;

import io.strata.migrations.operations.*;

/** The table an operation changes, for errors; {@code null} for raw SQL and callbacks. */
public final class OperationTable implements OperationVisitor<String> {

    private static final OperationTable INSTANCE = new OperationTable();

    private OperationTable() {
    }

    /** The table this operation changes, or {@code null}. */
    public static String of(Operation op) {
        return op.accept(INSTANCE);
    }

    @Override public String createTable(CreateTable op) { return op.table().name(); }
    @Override public String dropTable(DropTable op) { return op.name(); }
    @Override public String renameTable(RenameTable op) { return op.from(); }
    @Override public String addColumn(AddColumn op) { return op.table(); }
    @Override public String dropColumn(DropColumn op) { return op.table(); }
    @Override public String alterColumn(AlterColumn op) { return op.table(); }
    @Override public String createIndex(CreateIndex op) { return op.table(); }
    @Override public String dropIndex(DropIndex op) { return op.table(); }
    @Override public String renameIndex(RenameIndex op) { return op.table(); }
    @Override public String createPrimaryKey(CreatePrimaryKey op) { return op.table(); }
    @Override public String createUniqueConstraint(CreateUniqueConstraint op) { return op.table(); }
    @Override public String createForeignKey(CreateForeignKey op) { return op.table(); }
    @Override public String createCheckConstraint(CreateCheckConstraint op) { return op.table(); }
    @Override public String dropConstraint(DropConstraint op) { return op.table(); }
    @Override public String renameConstraint(RenameConstraint op) { return op.table(); }
    @Override public String execute(Execute op) { return null; }
    @Override public String bulkInsert(BulkInsert op) { return op.table(); }
    @Override public String runCallback(RunCallback op) { return null; }
    @Override public String backfill(Backfill op) { return op.table(); }
}
