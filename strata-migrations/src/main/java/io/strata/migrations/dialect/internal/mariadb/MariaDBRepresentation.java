package io.strata.migrations.dialect.internal.mariadb;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.strata.migrations.diff.internal.Representation;

import io.strata.migrations.schema.Column;
import io.strata.migrations.schema.ColumnType;
import io.strata.migrations.schema.Index;
import io.strata.migrations.schema.Table;
import io.strata.migrations.schema.UniqueConstraint;

/**
 * How MariaDB stores a table: no zone-aware timestamp; unique indexes read as unique constraints;
 * check conditions re-printed with its own names ({@code length} → {@code octet_length},
 * {@code upper} → {@code ucase}, {@code true} → {@code 1}).
 */
final class MariaDBRepresentation {

    /** MariaDB's names for what a condition may say, and the condition's booleans as the numbers MariaDB stores. */
    private static final Map<String, String> CHECK_NAMES = Map.of("octet_length", "length", "ucase", "upper",
            "lcase", "lower", "true", "1", "false", "0");

    private MariaDBRepresentation() {
    }

    static Table of(Table t) {
        List<Column> columns = t.columns().stream()
                .map(c -> c.type().kind() == ColumnType.Kind.TIMESTAMP_TZ ? c.withType(ColumnType.timestamp()) : c).toList();
        List<UniqueConstraint> uniques = new ArrayList<>(t.uniqueConstraints());
        List<Index> indexes = new ArrayList<>();
        for (Index ix : t.indexes()) {
            if (ix.unique()) {
                uniques.add(new UniqueConstraint(ix.name(), ix.columns()));
            } else {
                indexes.add(ix);
            }
        }
        uniques.sort(Comparator.comparing(u -> u.name().toLowerCase(Locale.ROOT)));
        return Representation.withCanonicalChecks(
                new Table(t.name(), columns, t.primaryKey(), t.foreignKeys(), uniques, indexes, t.checks()), CHECK_NAMES);
    }
}
