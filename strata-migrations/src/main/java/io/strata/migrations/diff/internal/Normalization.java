package io.strata.migrations.diff.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.strata.migrations.dialect.internal.Databases;
import io.strata.migrations.dialect.internal.DatabaseSupport;
import io.strata.migrations.diff.DiffOptions;
import io.strata.migrations.schema.Schema;
import io.strata.migrations.schema.Table;

/**
 * Rewrites a schema the way a database of the options' dialect would store it (its
 * {@link Representation}), so that facts it cannot keep do not show as differences; also leaves out
 * ignored tables.
 */
final class Normalization {

    private Normalization() {
    }

    /** The schema as the options' dialect represents it, without the ignored tables. */
    static Schema normalize(Schema schema, DiffOptions options) {
        Set<String> ignored = options.ignoredTables();
        Representation representation = options.representation().flatMap(Databases::byName)
                .map(DatabaseSupport::representation).orElse(Representation.AS_IS);
        List<Table> tables = new ArrayList<>();
        for (Table t : schema.tables()) {
            if (!ignored.contains(Equivalence.key(t.name()))) {
                tables.add(representation.of(t));
            }
        }
        return Schema.of(tables);
    }
}
