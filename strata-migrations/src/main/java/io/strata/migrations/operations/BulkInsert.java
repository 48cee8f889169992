package io.strata.migrations.operations;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.strata.migrations.schema.Schema;

/**
 * Inserts rows, given as column name → value maps (values: {@code null}, strings, numbers, booleans,
 * {@code byte[]}, {@link java.util.UUID}, enums and {@code java.time} values). Dialects render the
 * values as SQL literals so that the same operation also works in offline (SQL output) mode.
 *
 * @param table the table
 * @param rows the rows, in insertion order
 */
public record BulkInsert(String table, List<Map<String, Object>> rows) implements Operation {

    /** Validates and freezes the rows (keeping each row's column order and {@code null} values). */
    public BulkInsert {
        Checks.name(table, "table name");
        rows = rows.stream().map(BulkInsert::freeze).toList();
    }

    private static Map<String, Object> freeze(Map<String, Object> row) {
        if (row == null || row.isEmpty()) {
            throw new IllegalArgumentException("bulkInsert rows need at least one column each");
        }
        return Collections.unmodifiableMap(new LinkedHashMap<>(row));
    }

    @Override
    public Optional<Operation> reverse() {
        return Optional.empty();
    }

    @Override
    public Schema applyTo(Schema schema) {
        Tables.require(schema, table, "insert rows into table " + table);
        return schema;
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.bulkInsert(this);
    }
}
