package io.strata.migrations.schema;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A set of tables, looked up by name without regard to case (databases differ in how they fold
 * unquoted names: PostgreSQL lowers, H2 uppers).
 */
public final class Schema {

    private static final Schema EMPTY = new Schema(List.of());

    private final Map<String, Table> tables;

    private Schema(Collection<Table> tables) {
        Map<String, Table> byName = new LinkedHashMap<>();
        for (Table t : tables) {
            if (byName.put(key(t.name()), t) != null) {
                throw new IllegalArgumentException("the schema has two tables named " + t.name());
            }
        }
        this.tables = byName;
    }

    /** A schema of these tables, in this order. */
    public static Schema of(Collection<Table> tables) {
        return new Schema(tables);
    }

    /** The schema with no tables. */
    public static Schema empty() {
        return EMPTY;
    }

    /** The tables, in the order they were given. */
    public List<Table> tables() {
        return List.copyOf(tables.values());
    }

    /** The table with this name, if any. */
    public Optional<Table> table(String name) {
        return Optional.ofNullable(tables.get(key(name)));
    }

    /** This schema with the table added, or replacing the one of the same name. */
    public Schema with(Table table) {
        Map<String, Table> copy = new LinkedHashMap<>(tables);
        copy.put(key(table.name()), table);
        return new Schema(copy.values());
    }

    /** This schema without the named table. */
    public Schema without(String tableName) {
        Map<String, Table> copy = new LinkedHashMap<>(tables);
        copy.remove(key(tableName));
        return new Schema(copy.values());
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Schema s && tables.equals(s.tables);
    }

    @Override
    public int hashCode() {
        return tables.hashCode();
    }

    @Override
    public String toString() {
        return "Schema" + tables.values().stream().map(Table::name).toList();
    }
}
