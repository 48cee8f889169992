package io.strata.migrations.runner.internal;

import io.strata.migrations.operations.*;

/** A short human label of an operation for logs and errors, e.g. {@code addColumn book.isbn}. */
public final class OperationLabel implements OperationVisitor<String> {

    private static final OperationLabel INSTANCE = new OperationLabel();

    private OperationLabel() {
    }

    /** The label of this operation. */
    public static String of(Operation op) {
        return op.accept(INSTANCE);
    }

    @Override public String createTable(CreateTable op) { return "createTable " + op.table().name(); }
    @Override public String dropTable(DropTable op) { return "dropTable " + op.name(); }
    @Override public String renameTable(RenameTable op) { return "renameTable " + op.from() + " to " + op.to(); }
    @Override public String addColumn(AddColumn op) { return "addColumn " + op.table() + "." + op.column().name(); }
    @Override public String dropColumn(DropColumn op) { return "dropColumn " + op.table() + "." + op.column(); }
    @Override public String alterColumn(AlterColumn op) { return "alterColumn " + op.table() + "." + op.column(); }
    @Override public String createIndex(CreateIndex op) { return "createIndex " + op.index().name() + " on " + op.table(); }
    @Override public String dropIndex(DropIndex op) { return "dropIndex " + op.name() + " on " + op.table(); }
    @Override public String renameIndex(RenameIndex op) { return "renameIndex " + op.from() + " to " + op.to() + " on " + op.table(); }
    @Override public String createPrimaryKey(CreatePrimaryKey op) { return "createPrimaryKey " + op.primaryKey().name() + " on " + op.table(); }
    @Override public String createUniqueConstraint(CreateUniqueConstraint op) { return "createUniqueConstraint " + op.unique().name() + " on " + op.table(); }
    @Override public String createForeignKey(CreateForeignKey op) { return "createForeignKey " + op.foreignKey().name() + " on " + op.table(); }
    @Override public String createCheckConstraint(CreateCheckConstraint op) { return "createCheckConstraint " + op.check().name() + " on " + op.table(); }
    @Override public String dropConstraint(DropConstraint op) { return "dropConstraint " + op.name() + " on " + op.table(); }
    @Override public String renameConstraint(RenameConstraint op) { return "renameConstraint " + op.from() + " to " + op.to() + " on " + op.table(); }
    @Override public String execute(Execute op) { return "execute"; }
    @Override public String bulkInsert(BulkInsert op) { return "bulkInsert " + op.rows().size() + " rows into " + op.table(); }
    @Override public String runCallback(RunCallback op) { return "run '" + op.description() + "'"; }
    @Override public String backfill(Backfill op) {
        return "backfill " + op.table() + " (" + String.join(", ", op.assignments().stream().map(Backfill.Assignment::column).toList()) + ")";
    }
}
