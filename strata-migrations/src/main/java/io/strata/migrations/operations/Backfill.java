package io.strata.migrations.operations;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

import io.strata.migrations.schema.Schema;
import io.strata.migrations.schema.Table;

/**
 * Sets columns of existing rows to SQL expressions, in batches walked by primary key, each batch its
 * own short transaction outside the revision's DDL transaction. The runner records the last key done
 * with each batch, so a killed process resumes after it and no row is changed twice; a pause or a
 * rows-per-second cap throttles it. It does not change the replayed schema and has no reverse.
 *
 * <pre>{@code
 * ops.backfill("book", b -> b
 *         .set("title_lower", "lower(title)")
 *         .where("title_lower IS NULL")
 *         .batchSize(5_000)
 *         .rowsPerSecond(20_000));
 * }</pre>
 *
 * @param table the table whose rows are updated; it needs a single-column primary key
 * @param assignments the columns set, in order, each to an SQL expression
 * @param condition an SQL condition rows must also meet, or {@code null} for every row
 * @param batchSize rows per batch (and per transaction), at least 1
 * @param pause the pause after each batch ({@link Duration#ZERO} for none)
 * @param rowsPerSecond the most rows updated per second, or 0 for no cap
 */
public record Backfill(String table, List<Assignment> assignments, String condition, int batchSize, Duration pause,
        int rowsPerSecond) implements Operation {

    /** The batch size when none is given. */
    public static final int DEFAULT_BATCH_SIZE = 1000;

    /**
     * One column set by the backfill.
     *
     * @param column the column
     * @param sql the SQL expression for every dialect without a variant
     * @param dialectSql expressions by dialect name ({@code sqlite}, {@code h2}, {@code postgresql}, {@code mariadb})
     */
    public record Assignment(String column, String sql, Map<String, String> dialectSql) {

        /** Validates the column and expression and freezes the variants. */
        public Assignment {
            Checks.name(column, "backfill column name");
            Checks.name(sql, "backfill expression for column " + column);
            dialectSql = dialectSql == null ? Map.of() : Map.copyOf(new TreeMap<>(dialectSql));
            dialectSql.forEach((dialect, expression) -> Checks.name(expression, "backfill expression for column "
                    + column + " on " + dialect));
        }

        /** The expression for this dialect: its variant, else the common one. */
        public String sqlFor(String dialect) {
            return dialectSql.getOrDefault(dialect, sql);
        }
    }

    /** Validates the arguments and freezes the assignments. */
    public Backfill {
        Checks.name(table, "table name");
        assignments = List.copyOf(Objects.requireNonNull(assignments, "assignments"));
        if (assignments.isEmpty()) {
            throw new IllegalArgumentException("backfill of " + table + " sets no column: call set(column, expression)");
        }
        if (condition != null && condition.isBlank()) {
            throw new IllegalArgumentException("backfill of " + table + " was given a blank condition");
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("backfill of " + table + ": the batch size must be at least 1, was " + batchSize);
        }
        pause = pause == null ? Duration.ZERO : pause;
        if (pause.isNegative()) {
            throw new IllegalArgumentException("backfill of " + table + ": the pause must be zero or positive, was " + pause);
        }
        if (rowsPerSecond < 0) {
            throw new IllegalArgumentException("backfill of " + table + ": rows per second must be positive (or 0 for"
                    + " no cap), was " + rowsPerSecond);
        }
    }

    /** The condition, when rows must meet one. */
    public Optional<String> where() {
        return Optional.ofNullable(condition);
    }

    /** Whether batches are throttled (a pause, or a rows-per-second cap). */
    public boolean throttled() {
        return !pause.isZero() || rowsPerSecond > 0;
    }

    @Override
    public Optional<Operation> reverse() {
        return Optional.empty();
    }

    /** Checks that the table and the assigned columns exist; the schema is unchanged. */
    @Override
    public Schema applyTo(Schema schema) {
        Table t = Tables.require(schema, table, "backfill table " + table);
        for (Assignment a : assignments) {
            Tables.requireColumn(t, a.column(), "backfill column " + a.column());
        }
        return schema;
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.backfill(this);
    }
}
