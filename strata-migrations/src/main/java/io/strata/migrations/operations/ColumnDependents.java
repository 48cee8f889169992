package io.strata.migrations.operations;

import java.util.List;

import io.strata.migrations.schema.Column;
import io.strata.migrations.schema.Table;

/** What goes away with a column: the keys, constraints and indexes of its table that involve it. */
final class ColumnDependents {

    private ColumnDependents() {
    }

    /** The table without the column and without everything that involves it. */
    static Table without(Table t, String column) {
        List<Column> columns = Tables.filter(t.columns(), c -> !c.name().equalsIgnoreCase(column));
        return Tables.table(t.name(), columns,
                t.primaryKey() != null && Tables.containsIgnoreCase(t.primaryKey().columns(), column) ? null : t.primaryKey(),
                Tables.filter(t.foreignKeys(), fk -> !Tables.containsIgnoreCase(fk.columns(), column)),
                Tables.filter(t.uniqueConstraints(), uq -> !Tables.containsIgnoreCase(uq.columns(), column)),
                Tables.filter(t.indexes(), ix -> !Tables.containsIgnoreCase(ix.columns(), column)),
                Tables.filter(t.checks(), ck -> !Tables.mentions(ck.expression(), column)));
    }
}
