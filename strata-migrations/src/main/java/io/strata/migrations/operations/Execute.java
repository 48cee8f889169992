package io.strata.migrations.operations;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import io.strata.migrations.schema.Schema;

/**
 * Runs literal SQL, optionally with a different statement per dialect. Strata cannot know what the
 * SQL does, so it does not change the replayed schema and has no reverse.
 *
 * <pre>{@code
 * ops.execute("UPDATE book SET isbn = '' WHERE isbn IS NULL");
 * ops.execute(null, Map.of("postgresql", "CREATE EXTENSION IF NOT EXISTS pg_trgm")); // PostgreSQL only
 * }</pre>
 *
 * @param sql the statement for every dialect without a variant, or {@code null} to run nothing there
 * @param dialectSql statements by dialect name ({@code sqlite}, {@code h2}, {@code postgresql}, {@code mariadb})
 */
public record Execute(String sql, Map<String, String> dialectSql) implements Operation {

    /** Validates that there is some SQL and freezes the variants. */
    public Execute {
        dialectSql = dialectSql == null ? Map.of() : Map.copyOf(new TreeMap<>(dialectSql));
        if ((sql == null || sql.isBlank()) && dialectSql.isEmpty()) {
            throw new IllegalArgumentException("execute needs SQL: give a statement or per-dialect statements");
        }
        if (sql != null && sql.isBlank()) {
            throw new IllegalArgumentException("execute was given blank SQL");
        }
    }

    /** The same statement on every dialect. */
    public static Execute sql(String sql) {
        return new Execute(sql, Map.of());
    }

    /** The statement for this dialect: its variant, else the common SQL, else empty (run nothing). */
    public Optional<String> sqlFor(String dialect) {
        return Optional.ofNullable(dialectSql.getOrDefault(dialect, sql));
    }

    @Override
    public Optional<Operation> reverse() {
        return Optional.empty();
    }

    @Override
    public Schema applyTo(Schema schema) {
        return schema;
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.execute(this);
    }
}
