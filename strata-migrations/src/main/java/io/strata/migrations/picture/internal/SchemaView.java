package io.strata.migrations.picture.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.strata.migrations.schema.Column;
import io.strata.migrations.schema.ForeignKey;
import io.strata.migrations.schema.Index;
import io.strata.migrations.schema.Schema;
import io.strata.migrations.schema.Table;
import io.strata.migrations.schema.UniqueConstraint;

/**
 * What an entity-relationship picture shows, whatever its format: the tables with their columns and key
 * markers, and one relationship per foreign key to a table of the schema.
 *
 * @param entities the tables, in the schema's order
 * @param relationships the foreign keys, table by table
 */
public record SchemaView(List<Entity> entities, List<Relationship> relationships) {

    /**
     * A table.
     *
     * @param name the table's name
     * @param attributes its columns, in order
     */
    public record Entity(String name, List<Attribute> attributes) {
    }

    /**
     * A column.
     *
     * @param name the column's name
     * @param type its neutral type's spelling, e.g. {@code varchar(100)}
     * @param nullable whether it accepts {@code NULL}
     * @param primaryKey whether it is part of the primary key
     * @param foreignKey whether it is part of a foreign key
     * @param unique whether it is part of a unique constraint or unique index
     */
    public record Attribute(String name, String type, boolean nullable, boolean primaryKey, boolean foreignKey,
            boolean unique) {

        /** The markers, e.g. {@code [PK, FK]}. */
        public List<String> keys() {
            List<String> keys = new ArrayList<>();
            if (primaryKey) {
                keys.add("PK");
            }
            if (foreignKey) {
                keys.add("FK");
            }
            if (unique) {
                keys.add("UK");
            }
            return keys;
        }
    }

    /** How many rows of one side one row of the other side meets. */
    public enum Cardinality {
        /** Exactly one. */
        EXACTLY_ONE,
        /** None or one. */
        ZERO_OR_ONE,
        /** Any number. */
        ZERO_OR_MORE
    }

    /**
     * A foreign key seen as a relationship.
     *
     * @param name the constraint's name
     * @param child the referencing table
     * @param columns the referencing columns
     * @param parent the referenced table
     * @param parentColumns the referenced columns
     * @param childSide how many child rows refer to one parent row: zero or one when the key is unique
     * @param parentSide how many parent rows one child row refers to: zero or one when a key column is nullable
     * @param identifying whether the key's columns are part of the child's primary key
     */
    public record Relationship(String name, String child, List<String> columns, String parent,
            List<String> parentColumns, Cardinality childSide, Cardinality parentSide, boolean identifying) {
    }

    /** The view of a schema. */
    public static SchemaView of(Schema schema) {
        List<Entity> entities = new ArrayList<>();
        List<Relationship> relationships = new ArrayList<>();
        for (Table table : schema.tables()) {
            entities.add(entity(table));
            for (ForeignKey fk : table.foreignKeys()) {
                schema.table(fk.referencedTable()).ifPresent(parent -> relationships.add(relationship(table, fk,
                        parent.name())));
            }
        }
        return new SchemaView(List.copyOf(entities), List.copyOf(relationships));
    }

    private static Entity entity(Table table) {
        Set<String> pk = lower(table.primaryKey() == null ? List.of() : table.primaryKey().columns());
        Set<String> fk = new HashSet<>();
        table.foreignKeys().forEach(key -> fk.addAll(lower(key.columns())));
        Set<String> unique = new HashSet<>();
        uniqueColumnSets(table).forEach(unique::addAll);
        List<Attribute> attributes = new ArrayList<>();
        for (Column column : table.columns()) {
            String key = column.name().toLowerCase(Locale.ROOT);
            attributes.add(new Attribute(column.name(), column.type().toString(), column.nullable(), pk.contains(key),
                    fk.contains(key), unique.contains(key)));
        }
        return new Entity(table.name(), List.copyOf(attributes));
    }

    private static Relationship relationship(Table table, ForeignKey fk, String parent) {
        Set<String> columns = lower(fk.columns());
        boolean unique = uniqueColumnSets(table).stream().anyMatch(columns::containsAll)
                || table.primaryKey() != null && columns.containsAll(lower(table.primaryKey().columns()));
        boolean nullable = fk.columns().stream()
                .anyMatch(name -> table.column(name).map(Column::nullable).orElse(true));
        boolean identifying = table.primaryKey() != null
                && lower(table.primaryKey().columns()).containsAll(columns);
        return new Relationship(fk.name(), table.name(), fk.columns(), parent, fk.referencedColumns(),
                unique ? Cardinality.ZERO_OR_ONE : Cardinality.ZERO_OR_MORE,
                nullable ? Cardinality.ZERO_OR_ONE : Cardinality.EXACTLY_ONE, identifying);
    }

    /** The column sets a unique constraint or unique index covers, lower-cased. */
    private static List<Set<String>> uniqueColumnSets(Table table) {
        List<Set<String>> sets = new ArrayList<>();
        for (UniqueConstraint uq : table.uniqueConstraints()) {
            sets.add(lower(uq.columns()));
        }
        for (Index index : table.indexes()) {
            if (index.unique()) {
                sets.add(lower(index.columns()));
            }
        }
        return sets;
    }

    private static Set<String> lower(List<String> names) {
        Set<String> lower = new HashSet<>();
        names.forEach(name -> lower.add(name.toLowerCase(Locale.ROOT)));
        return lower;
    }
}
