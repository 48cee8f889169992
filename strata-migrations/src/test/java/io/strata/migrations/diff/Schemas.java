package io.strata.migrations.diff;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import io.strata.migrations.operations.Operation;
import io.strata.migrations.operations.Ops;
import io.strata.migrations.schema.Column;
import io.strata.migrations.schema.Schema;
import io.strata.migrations.schema.Table;

/** Building schemas with the operations DSL, and comparing them without regard to order. */
final class Schemas {

    private Schemas() {
    }

    /** The schema the recorded operations create from nothing. */
    static Schema of(Consumer<Ops> definition) {
        return apply(Schema.empty(), definition);
    }

    /** The schema after the recorded operations. */
    static Schema apply(Schema schema, Consumer<Ops> changes) {
        Ops ops = new Ops();
        changes.accept(ops);
        return applyAll(schema, ops.operations());
    }

    /** The schema after the operations, in order. */
    static Schema applyAll(Schema schema, List<Operation> operations) {
        Schema result = schema;
        for (Operation op : operations) {
            result = op.applyTo(result);
        }
        return result;
    }

    /**
     * The schema with tables, columns, keys, constraints and indexes sorted by name: re-created
     * objects come back at the end of their lists, and a re-added column after the others.
     */
    static Schema canonical(Schema schema) {
        return Schema.of(schema.tables().stream().sorted(byName(Table::name)).map(Schemas::canonical).toList());
    }

    private static Table canonical(Table t) {
        return new Table(t.name(), sorted(t.columns(), Column::name), t.primaryKey(),
                sorted(t.foreignKeys(), fk -> fk.name()), sorted(t.uniqueConstraints(), u -> u.name()),
                sorted(t.indexes(), ix -> ix.name()), sorted(t.checks(), ck -> ck.name()));
    }

    private static <T> List<T> sorted(List<T> items, java.util.function.Function<T, String> name) {
        return items.stream().sorted(byName(name)).toList();
    }

    private static <T> Comparator<T> byName(java.util.function.Function<T, String> name) {
        return Comparator.comparing(x -> name.apply(x).toLowerCase(Locale.ROOT));
    }
}
