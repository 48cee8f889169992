package io.strata.migrations.operations;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A backfill in the {@link Ops} DSL:
 * {@code b -> b.set("title_lower", "lower(title)").where("title_lower IS NULL").batchSize(5_000).pause(Duration.ofMillis(50))}.
 */
public final class BackfillBuilder {

    private final String table;
    private final List<Backfill.Assignment> assignments = new ArrayList<>();
    private String condition;
    private int batchSize = Backfill.DEFAULT_BATCH_SIZE;
    private Duration pause = Duration.ZERO;
    private int rowsPerSecond;

    BackfillBuilder(String table) {
        this.table = table;
    }

    /** Sets the column to an SQL expression over the row, e.g. {@code set("slug", "lower(title)")}. */
    public BackfillBuilder set(String column, String sqlExpression) {
        return set(column, sqlExpression, Map.of());
    }

    /**
     * Sets the column to an SQL expression, with variants by dialect name where the databases spell it
     * differently, e.g. {@code set("name", "first || ' ' || last", Map.of("mariadb", "concat(first, ' ', last)"))}.
     */
    public BackfillBuilder set(String column, String sqlExpression, Map<String, String> dialectSql) {
        assignments.add(new Backfill.Assignment(column, sqlExpression, dialectSql));
        return this;
    }

    /** Updates only rows meeting this SQL condition, e.g. {@code "slug IS NULL"}. */
    public BackfillBuilder where(String condition) {
        this.condition = condition;
        return this;
    }

    /** Rows per batch and per transaction (default {@value Backfill#DEFAULT_BATCH_SIZE}). */
    public BackfillBuilder batchSize(int rows) {
        this.batchSize = rows;
        return this;
    }

    /** Pauses this long after each batch, so that other work gets the database between batches. */
    public BackfillBuilder pause(Duration pause) {
        this.pause = pause;
        return this;
    }

    /** Caps the rate at this many rows per second (waiting after a batch that would exceed it). */
    public BackfillBuilder rowsPerSecond(int rows) {
        this.rowsPerSecond = rows;
        return this;
    }

    Backfill build() {
        return new Backfill(table, assignments, condition, batchSize, pause, rowsPerSecond);
    }
}
