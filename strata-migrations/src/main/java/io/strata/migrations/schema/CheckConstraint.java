package io.strata.migrations.schema;

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
}
