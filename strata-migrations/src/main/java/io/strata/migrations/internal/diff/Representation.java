package io.strata.migrations.internal.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.strata.migrations.diff.DiffOptions;
import io.strata.migrations.schema.Column;
import io.strata.migrations.schema.ColumnType;
import io.strata.migrations.schema.ColumnType.Kind;
import io.strata.migrations.schema.Index;
import io.strata.migrations.schema.Schema;
import io.strata.migrations.schema.Table;
import io.strata.migrations.schema.UniqueConstraint;

/**
 * Rewrites a schema the way a database of one dialect would store it, so that facts it cannot keep
 * do not show as differences (listed on {@link DiffOptions}); also leaves out ignored tables.
 */
final class Representation {

    private Representation() {
    }

    /** The schema as the options' dialect represents it, without the ignored tables. */
    static Schema normalize(Schema schema, DiffOptions options) {
        Set<String> ignored = options.ignoredTables();
        String dialect = options.representation().orElse("");
        List<Table> tables = new ArrayList<>();
        for (Table t : schema.tables()) {
            if (!ignored.contains(Equivalence.key(t.name()))) {
                tables.add(normalize(t, dialect));
            }
        }
        return Schema.of(tables);
    }

    private static Table normalize(Table t, String dialect) {
        switch (dialect) {
            case "sqlite":
                return t.withColumns(t.columns().stream()
                        .map(c -> c.autoIncrement() ? c.withType(ColumnType.integer()) : c).toList());
            case "postgresql":
                return t.withColumns(t.columns().stream()
                        .map(c -> c.type().kind() == Kind.BINARY ? c.withType(ColumnType.blob()) : c).toList());
            case "mariadb":
                return mariadb(t);
            default:
                return t;
        }
    }

    /** No zone-aware timestamp; unique indexes read as unique constraints. */
    private static Table mariadb(Table t) {
        List<Column> columns = t.columns().stream()
                .map(c -> c.type().kind() == Kind.TIMESTAMP_TZ ? c.withType(ColumnType.timestamp()) : c).toList();
        List<UniqueConstraint> uniques = new ArrayList<>(t.uniqueConstraints());
        List<Index> indexes = new ArrayList<>();
        for (Index ix : t.indexes()) {
            if (ix.unique()) {
                uniques.add(new UniqueConstraint(ix.name(), ix.columns()));
            } else {
                indexes.add(ix);
            }
        }
        uniques.sort(java.util.Comparator.comparing(u -> Equivalence.key(u.name())));
        return new Table(t.name(), columns, t.primaryKey(), t.foreignKeys(), uniques, indexes, t.checks());
    }
}
