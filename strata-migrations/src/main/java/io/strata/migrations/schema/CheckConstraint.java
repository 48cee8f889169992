package io.strata.migrations.schema;

import java.util.Objects;

/**
 * A check constraint.
 *
 * @param name the constraint name ({@code ck_<table>_<name>} by the convention)
 * @param expression the SQL condition, e.g. {@code price >= 0}
 */
public record CheckConstraint(String name, String expression) {

    /** Validates name and expression are present. */
    public CheckConstraint {
        Names.require(name, "check constraint name");
        Names.require(expression, "expression of check constraint " + name);
    }

    /** Component by component, as a record's own; written out for start-up time (see the package's documentation). */
    @Override
    public boolean equals(Object o) {
        return o instanceof CheckConstraint c
                && name.equals(c.name)
                && expression.equals(c.expression);
    }

    /** From every component, consistent with {@link #equals}. */
    @Override
    public int hashCode() {
        return Objects.hash(name, expression);
    }
}
