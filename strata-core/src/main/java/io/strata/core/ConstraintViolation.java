package io.strata.core;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a database constraint refused, as far as the database said: the kind of constraint, and the
 * table, columns and constraint name where its error names them. Found with {@link ConstraintViolations#find}.
 *
 * @param kind the kind of constraint
 * @param table the table, lower case ({@code null} when the error does not name it)
 * @param columns the columns, lower case, in the constraint's order (empty when the error does not name them)
 * @param constraint the constraint's name, lower case ({@code null} when the error does not name it)
 */
public record ConstraintViolation(Kind kind, String table, List<String> columns, String constraint) {

    /** The kinds of constraint a database enforces. */
    public enum Kind {
        /** A unique constraint or primary key: the value is taken. */
        UNIQUE,
        /** A NOT NULL column was given no value. */
        NOT_NULL,
        /** A CHECK constraint refused the values. */
        CHECK,
        /** A foreign key: the referred row does not exist, or rows still refer to the one changed. */
        FOREIGN_KEY,
        /** Another integrity constraint (the database did not say which kind). */
        OTHER
    }

    /** Requires a kind; the columns are copied. */
    public ConstraintViolation {
        Objects.requireNonNull(kind, "kind");
        columns = List.copyOf(columns);
    }

    /** A violation of this kind about which nothing more is known. */
    public static ConstraintViolation of(Kind kind) {
        return new ConstraintViolation(kind, null, List.of(), null);
    }

    /** The table, if the error names it. */
    public Optional<String> tableName() {
        return Optional.ofNullable(table);
    }

    /** The constraint's name, if the error names it. */
    public Optional<String> constraintName() {
        return Optional.ofNullable(constraint);
    }
}
