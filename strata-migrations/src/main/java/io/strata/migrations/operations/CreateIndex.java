package io.strata.migrations.operations;

import java.util.Objects;
import java.util.Optional;

import io.strata.migrations.schema.Index;
import io.strata.migrations.schema.Schema;
import io.strata.migrations.schema.Table;

/**
 * Creates an index on a table.
 *
 * <p>{@code concurrently}: build it without blocking writes to the table, outside the revision's
 * transaction where the database needs that (PostgreSQL {@code CREATE INDEX CONCURRENTLY}; MariaDB
 * {@code ALGORITHM=INPLACE, LOCK=NONE}, refused rather than copying the table); SQLite and H2 build
 * it as usual inside the transaction.
 *
 * @param table the table
 * @param index the index (name, columns, uniqueness)
 * @param concurrently whether to build it without blocking writes (see above)
 */
public record CreateIndex(String table, Index index, boolean concurrently) implements Operation {

    /** Validates both are present. */
    public CreateIndex {
        Checks.name(table, "table name");
        Objects.requireNonNull(index, "index");
    }

    /** An index built the ordinary way, inside the revision's transaction. */
    public CreateIndex(String table, Index index) {
        this(table, index, false);
    }

    @Override
    public Optional<Operation> reverse() {
        return Optional.of(new DropIndex(table, index.name(), index, concurrently));
    }

    @Override
    public Schema applyTo(Schema schema) {
        String action = "create index " + index.name() + " on table " + table;
        Table t = Tables.require(schema, table, action);
        Tables.requireNameFree(t, index.name(), action);
        index.columns().forEach(c -> Tables.requireColumn(t, c, action));
        return schema.with(t.withIndex(index));
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.createIndex(this);
    }
}
