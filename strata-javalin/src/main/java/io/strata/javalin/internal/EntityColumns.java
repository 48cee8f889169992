package io.strata.javalin.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.persister.entity.AbstractEntityPersister;

import io.strata.core.ConstraintViolation;
import io.strata.core.Database;

/**
 * The models' tables and columns by name, to tell a client which field of which entity a constraint
 * violation is about ({@code published_year} of {@code book} → {@code Book.publishedYear}).
 */
final class EntityColumns {

    /**
     * One entity's table.
     *
     * @param entity the entity's name ({@code Book})
     * @param table the table's name, lower case
     * @param attributes the attribute of each column, columns lower case
     */
    record Table(String entity, String table, Map<String, String> attributes) {

        /** The attribute of {@code column}, else the column's own name. */
        String attribute(String column) {
            return attributes.getOrDefault(column, column);
        }
    }

    private final Map<String, Table> tables;

    private EntityColumns(Map<String, Table> tables) {
        this.tables = tables;
    }

    /** The tables of {@code db}'s entities; none when it has no models. */
    static EntityColumns of(Database db) {
        Map<String, Table> tables = new HashMap<>();
        if (db.modelPackages().isEmpty()) {
            return new EntityColumns(tables);
        }
        SessionFactoryImplementor factory = db.sessionFactory().unwrap(SessionFactoryImplementor.class);
        factory.getMappingMetamodel().forEachEntityDescriptor(descriptor -> {
            if (!(descriptor instanceof AbstractEntityPersister persister)) {
                return;
            }
            Map<String, String> attributes = new LinkedHashMap<>();
            if (persister.getIdentifierPropertyName() != null) {
                for (String column : persister.getIdentifierColumnNames()) {
                    attributes.put(lower(column), persister.getIdentifierPropertyName());
                }
            }
            String[] names = persister.getPropertyNames();
            for (int i = 0; i < names.length; i++) {
                for (String column : persister.getPropertyColumnNames(i)) {
                    attributes.putIfAbsent(lower(column), names[i]);
                }
            }
            String table = lower(persister.getTableName());
            tables.put(table, new Table(simpleName(persister.getEntityName()), table, attributes));
        });
        return new EntityColumns(tables);
    }

    /**
     * The table the violation is about: the one it names, else the one whose naming-convention prefix its
     * constraint has ({@code uq_book_name} → {@code book}), else the only one with all its columns.
     */
    Optional<Table> tableOf(ConstraintViolation violation) {
        if (violation.table() != null) {
            return Optional.ofNullable(tables.get(violation.table()));
        }
        if (violation.constraint() != null) {
            Table longest = null;
            for (Table table : tables.values()) {
                String name = violation.constraint();
                int underscore = name.indexOf('_');
                if (underscore > 0 && name.startsWith(table.table() + "_", underscore + 1)
                        && (longest == null || table.table().length() > longest.table().length())) {
                    longest = table;
                }
            }
            if (longest != null) {
                return Optional.of(longest);
            }
        }
        if (!violation.columns().isEmpty()) {
            List<Table> candidates = new ArrayList<>();
            for (Table table : tables.values()) {
                if (table.attributes().keySet().containsAll(violation.columns())) {
                    candidates.add(table);
                }
            }
            if (candidates.size() == 1) {
                return Optional.of(candidates.get(0));
            }
        }
        return Optional.empty();
    }

    /**
     * The columns the violation names, else the one its constraint's name ends with under Strata's naming
     * convention ({@code uq_book_name} → {@code name}), when {@code table} has such a column.
     */
    static List<String> columnsOf(ConstraintViolation violation, Table table) {
        if (!violation.columns().isEmpty()) {
            return violation.columns();
        }
        String name = violation.constraint();
        String infix = "_" + table.table() + "_";
        int at = name == null ? -1 : name.indexOf(infix);
        if (at > 0) {
            String column = name.substring(at + infix.length());
            if (table.attributes().containsKey(column)) {
                return List.of(column);
            }
        }
        return List.of();
    }

    private static String lower(String name) {
        String unquoted = name.replace("\"", "").replace("`", "");
        int dot = unquoted.lastIndexOf('.');
        return (dot >= 0 ? unquoted.substring(dot + 1) : unquoted).toLowerCase(Locale.ROOT);
    }

    private static String simpleName(String entityName) {
        return entityName.substring(entityName.lastIndexOf('.') + 1);
    }
}
