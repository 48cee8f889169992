package io.strata.migrations.schema;

import java.util.Objects;

/**
 * A column's server-side default, rendered into DDL verbatim (for example {@code 0}, {@code 'draft'}
 * or {@code CURRENT_TIMESTAMP}). The SQL is kept as written so that it round-trips through revisions.
 *
 * @param sql the default's SQL expression
 */
public record ServerDefault(String sql) {

    /** Validates the expression is present. */
    public ServerDefault {
        Objects.requireNonNull(sql, "sql");
        if (sql.isBlank()) {
            throw new IllegalArgumentException("a server default needs an SQL expression");
        }
    }

    /** A default given as an SQL expression, e.g. {@code CURRENT_TIMESTAMP} or {@code 0}. */
    public static ServerDefault expression(String sql) {
        return new ServerDefault(sql.strip());
    }

    /** A string literal default, quoted and escaped. */
    public static ServerDefault literal(String value) {
        return new ServerDefault("'" + value.replace("'", "''") + "'");
    }

    /** Component by component, as a record's own; written out for start-up time (see the package's documentation). */
    @Override
    public boolean equals(Object o) {
        return o instanceof ServerDefault d
                && sql.equals(d.sql);
    }

    /** From every component, consistent with {@link #equals}. */
    @Override
    public int hashCode() {
        return sql.hashCode();
    }
}
