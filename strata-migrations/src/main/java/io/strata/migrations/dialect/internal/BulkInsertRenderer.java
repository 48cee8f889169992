package io.strata.migrations.dialect.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.strata.migrations.operations.BulkInsert;
import io.strata.migrations.schema.Column;
import io.strata.migrations.schema.ColumnType;
import io.strata.migrations.schema.Table;

/** Renders {@code bulkInsert} rows as multi-row {@code INSERT} statements of literals. */
final class BulkInsertRenderer {

    private static final int ROWS_PER_STATEMENT = 100;

    private final AbstractDialect dialect;
    private final SqlLiterals literals;

    BulkInsertRenderer(AbstractDialect dialect, SqlLiterals literals) {
        this.dialect = dialect;
        this.literals = literals;
    }

    List<String> render(BulkInsert op, Table table) {
        List<String> statements = new ArrayList<>();
        List<Map<String, Object>> run = new ArrayList<>();
        for (Map<String, Object> row : op.rows()) {
            if (!run.isEmpty() && (!run.get(0).keySet().equals(row.keySet()) || run.size() == ROWS_PER_STATEMENT)) {
                statements.add(insert(op.table(), table, run));
                run.clear();
            }
            run.add(row);
        }
        if (!run.isEmpty()) {
            statements.add(insert(op.table(), table, run));
        }
        if (table != null && !op.rows().isEmpty()) {
            for (Column c : table.columns()) {
                if (c.autoIncrement() && op.rows().stream().anyMatch(r -> containsIgnoreCase(r.keySet(), c.name()))) {
                    statements.addAll(dialect.afterExplicitIdentityValues(table, c));
                }
            }
        }
        return statements;
    }

    private String insert(String tableName, Table table, List<Map<String, Object>> rows) {
        List<String> columns = new ArrayList<>(rows.get(0).keySet());
        String values = rows.stream().map(row -> columns.stream()
                .map(c -> literal(row.get(c), table, tableName, c))
                .collect(Collectors.joining(", ", "(", ")"))).collect(Collectors.joining(", "));
        return "INSERT INTO " + dialect.quote(tableName) + " (" + dialect.columnList(columns) + ") VALUES " + values;
    }

    private String literal(Object value, Table table, String tableName, String column) {
        ColumnType type = table == null ? null : table.column(column).map(Column::type).orElse(null);
        try {
            return literals.literal(value, type);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("bulkInsert into " + tableName + ", column " + column + ": " + e.getMessage(), e);
        }
    }

    private static boolean containsIgnoreCase(Set<String> names, String name) {
        return names.stream().anyMatch(n -> n.equalsIgnoreCase(name));
    }
}
