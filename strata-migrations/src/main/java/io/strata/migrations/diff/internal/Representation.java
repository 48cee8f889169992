package io.strata.migrations.diff.internal;

import java.util.Map;

import io.strata.migrations.schema.CheckConstraint;
import io.strata.migrations.schema.Table;

/**
 * How a database of one dialect stores a table: the table rewritten so that facts the database
 * cannot keep do not show as differences when a live schema is compared with the models.
 */
@FunctionalInterface
public interface Representation {

    /** Keeps every fact (the database stores all the neutral model states). */
    Representation AS_IS = table -> table;

    /** The table as the database would read it back. */
    Table of(Table table);

    /**
     * The table with its checks' conditions in canonical form ({@link CheckExpression}), the functions
     * and keywords the database renames replaced by {@code aliases} (lower case), on both sides of a
     * comparison alike: e.g. MariaDB reads {@code length(name)} back as {@code octet_length(name)}.
     */
    static Table withCanonicalChecks(Table table, Map<String, String> aliases) {
        return new Table(table.name(), table.columns(), table.primaryKey(), table.foreignKeys(), table.uniqueConstraints(),
                table.indexes(), table.checks().stream()
                        .map(ck -> new CheckConstraint(ck.name(), CheckExpression.canonical(ck.expression(), aliases))).toList());
    }
}
