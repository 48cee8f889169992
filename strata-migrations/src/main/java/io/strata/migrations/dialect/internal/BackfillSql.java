package io.strata.migrations.dialect.internal;

import java.util.stream.Collectors;

import io.strata.migrations.dialect.Dialect;
import io.strata.migrations.operations.Backfill;

/**
 * The SQL of a backfill on one dialect, walking its table by the key column: the batch's upper key,
 * the {@code UPDATE} of one key range, and the count of rows left. Parameters ({@code ?}) are the keys,
 * lower first; the statements without a lower key are those of the first batch.
 *
 * @param dialect the dialect
 * @param op the backfill
 * @param key the key column
 */
public record BackfillSql(Dialect dialect, Backfill op, String key) {

    /** {@code SET a = …, b = …} with each assignment's expression for this dialect. */
    public String setClause() {
        return "SET " + op.assignments().stream()
                .map(a -> dialect.quote(a.column()) + " = " + a.sqlFor(dialect.name()))
                .collect(Collectors.joining(", "));
    }

    /** The quoted table. */
    public String table() {
        return dialect.quote(op.table());
    }

    /** The quoted key column. */
    public String keyColumn() {
        return dialect.quote(key);
    }

    /**
     * The last key of the next batch when it is full: the batch-size-th key after the lower key
     * (one parameter when {@code afterKey}) among the rows meeting the condition.
     */
    public String upperKey(boolean afterKey) {
        return "SELECT " + keyColumn() + " FROM " + table() + where(afterKey, false) + " ORDER BY " + keyColumn()
                + " LIMIT 1 OFFSET " + (op.batchSize() - 1);
    }

    /** The last key of a batch that is not full: the greatest key after the lower key meeting the condition. */
    public String lastKey(boolean afterKey) {
        return "SELECT max(" + keyColumn() + ") FROM " + table() + where(afterKey, false);
    }

    /** The {@code UPDATE} of one batch: after the lower key (a parameter when {@code afterKey}), up to the upper key. */
    public String update(boolean afterKey) {
        return "UPDATE " + table() + " " + setClause() + where(afterKey, true);
    }

    /** The rows left to do after the lower key (a parameter when {@code afterKey}): the estimate progress lines use. */
    public String countLeft(boolean afterKey) {
        return "SELECT count(*) FROM " + table() + where(afterKey, false);
    }

    /** One {@code UPDATE} of every row meeting the condition (SQL output where a dialect cannot batch). */
    public String updateAll() {
        return "UPDATE " + table() + " " + setClause() + op.where().map(c -> " WHERE (" + c + ")").orElse("");
    }

    private String where(boolean afterKey, boolean upTo) {
        StringBuilder sql = new StringBuilder();
        if (afterKey) {
            sql.append(keyColumn()).append(" > ?");
        }
        if (upTo) {
            sql.append(sql.isEmpty() ? "" : " AND ").append(keyColumn()).append(" <= ?");
        }
        op.where().ifPresent(c -> sql.append(sql.isEmpty() ? "" : " AND ").append('(').append(c).append(')'));
        return sql.isEmpty() ? "" : " WHERE " + sql;
    }
}
