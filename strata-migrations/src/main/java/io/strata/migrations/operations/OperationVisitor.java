package io.strata.migrations.operations;

/**
 * A computation over every type of {@link Operation}, one method per type (so that adding an
 * operation is a compile error in every renderer that forgets it).
 *
 * @param <R> what the visitor returns
 */
public interface OperationVisitor<R> {

    /** Visits a {@link CreateTable}. */
    R createTable(CreateTable op);

    /** Visits a {@link DropTable}. */
    R dropTable(DropTable op);

    /** Visits a {@link RenameTable}. */
    R renameTable(RenameTable op);

    /** Visits an {@link AddColumn}. */
    R addColumn(AddColumn op);

    /** Visits a {@link DropColumn}. */
    R dropColumn(DropColumn op);

    /** Visits an {@link AlterColumn}. */
    R alterColumn(AlterColumn op);

    /** Visits a {@link CreateIndex}. */
    R createIndex(CreateIndex op);

    /** Visits a {@link DropIndex}. */
    R dropIndex(DropIndex op);

    /** Visits a {@link RenameIndex}. */
    R renameIndex(RenameIndex op);

    /** Visits a {@link CreatePrimaryKey}. */
    R createPrimaryKey(CreatePrimaryKey op);

    /** Visits a {@link CreateUniqueConstraint}. */
    R createUniqueConstraint(CreateUniqueConstraint op);

    /** Visits a {@link CreateForeignKey}. */
    R createForeignKey(CreateForeignKey op);

    /** Visits a {@link CreateCheckConstraint}. */
    R createCheckConstraint(CreateCheckConstraint op);

    /** Visits a {@link DropConstraint}. */
    R dropConstraint(DropConstraint op);

    /** Visits a {@link RenameConstraint}. */
    R renameConstraint(RenameConstraint op);

    /** Visits an {@link Execute}. */
    R execute(Execute op);

    /** Visits a {@link BulkInsert}. */
    R bulkInsert(BulkInsert op);

    /** Visits a {@link RunCallback}. */
    R runCallback(RunCallback op);

    /** Visits a {@link Backfill}. */
    R backfill(Backfill op);
}
