package io.strata.migrations.safety;

import java.util.List;

import io.strata.migrations.operations.Operation;
import io.strata.migrations.schema.Schema;

/**
 * The kinds of operation whose locking differs on some database: finer than the operation types (adding
 * a nullable column and adding one with a volatile default are both {@code addColumn}, but only the
 * second rewrites a PostgreSQL table). Each database's {@link SafetyRules} has one rule per shape.
 */
public enum OperationShape {
    /** {@code createTable}. */
    CREATE_TABLE("create table"),
    /** {@code dropTable}. */
    DROP_TABLE("drop table"),
    /** {@code renameTable}. */
    RENAME_TABLE("rename table"),
    /** {@code addColumn} of a nullable column without default. */
    ADD_COLUMN_NULLABLE("add column, nullable"),
    /** {@code addColumn} with a default evaluated once (a literal, {@code CURRENT_TIMESTAMP}). */
    ADD_COLUMN_CONSTANT_DEFAULT("add column with a constant default"),
    /** {@code addColumn} of a NOT NULL column without default. */
    ADD_COLUMN_NOT_NULL_NO_DEFAULT("add column NOT NULL without default"),
    /** {@code addColumn} whose default is computed per row (a random or UUID function, an identity). */
    ADD_COLUMN_VOLATILE_DEFAULT("add column with a volatile default or identity"),
    /** {@code dropColumn}. */
    DROP_COLUMN("drop column"),
    /** {@code alterColumn} giving a new name. */
    RENAME_COLUMN("rename column"),
    /** {@code alterColumn} to a longer {@code varchar}. */
    WIDEN_VARCHAR("alter column type: longer varchar"),
    /** {@code alterColumn} to any other type. */
    CHANGE_TYPE("alter column type: other change"),
    /** {@code alterColumn} making a column NOT NULL. */
    SET_NOT_NULL("set NOT NULL"),
    /** {@code alterColumn} making a column nullable. */
    DROP_NOT_NULL("drop NOT NULL"),
    /** {@code alterColumn} setting a server default. */
    SET_DEFAULT("set default"),
    /** {@code alterColumn} dropping the server default. */
    DROP_DEFAULT("drop default"),
    /** {@code createIndex} / {@code createUniqueIndex}. */
    CREATE_INDEX("create index"),
    /** {@code createIndexConcurrently} / {@code createUniqueIndexConcurrently}. */
    CREATE_INDEX_CONCURRENTLY("create index concurrently"),
    /** {@code dropIndex}. */
    DROP_INDEX("drop index"),
    /** {@code dropIndexConcurrently}. */
    DROP_INDEX_CONCURRENTLY("drop index concurrently"),
    /** {@code renameIndex}. */
    RENAME_INDEX("rename index"),
    /** {@code createPrimaryKey}. */
    ADD_PRIMARY_KEY("add primary key"),
    /** {@code createUniqueConstraint}. */
    ADD_UNIQUE_CONSTRAINT("add unique constraint"),
    /** {@code createForeignKey}. */
    ADD_FOREIGN_KEY("add foreign key"),
    /** {@code createCheckConstraint}. */
    ADD_CHECK_CONSTRAINT("add check constraint"),
    /** {@code dropConstraint} of a foreign key or check. */
    DROP_CONSTRAINT("drop foreign key or check constraint"),
    /** {@code dropConstraint} of a unique constraint. */
    DROP_UNIQUE_CONSTRAINT("drop unique constraint"),
    /** {@code dropConstraint} of the primary key. */
    DROP_PRIMARY_KEY("drop primary key"),
    /** {@code renameConstraint}. */
    RENAME_CONSTRAINT("rename constraint"),
    /** {@code bulkInsert}. */
    INSERT_ROWS("insert rows"),
    /** {@code backfill}: updates rows in batches by primary key, each batch its own transaction. */
    BACKFILL("backfill in batches"),
    /** {@code execute} and {@code run}: SQL or code Strata does not analyse. */
    RAW_SQL("raw SQL or callback (not analysed)");

    private final String description;

    OperationShape(String description) {
        this.description = description;
    }

    /** What the shape is, for tables and messages, e.g. {@code add column with a constant default}. */
    public String description() {
        return description;
    }

    /**
     * The shapes of one operation, applied to a database whose schema is {@code before}: one, except for
     * an {@code alterColumn} that changes several things at once (its type and nullability, say).
     */
    public static List<OperationShape> of(Operation operation, Schema before) {
        return operation.completedFrom(before).accept(new ShapeOf());
    }
}
