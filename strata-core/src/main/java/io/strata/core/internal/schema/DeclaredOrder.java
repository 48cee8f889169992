package io.strata.core.internal.schema;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import org.hibernate.mapping.Column;
import org.hibernate.mapping.Component;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.mapping.Property;
import org.hibernate.mapping.Table;

/**
 * Orders a table's columns as the models declare them: fields in source order, a superclass's before
 * its subclass's, an embeddable's columns where it is embedded. Hibernate binds attributes in
 * alphabetical order, so its own column order says nothing of the model. Columns no field declares
 * (a discriminator, a join table's keys) keep Hibernate's order, after the declared ones.
 */
final class DeclaredOrder {

    private DeclaredOrder() {
    }

    /** The table's columns, declared ones first in declaration order. */
    static List<Column> of(Table table, Collection<PersistentClass> entities) {
        List<String> declared = new ArrayList<>();
        entities.stream().filter(entity -> entity.getTable() == table)
                .sorted(Comparator.comparingInt(DeclaredOrder::depth).thenComparing(PersistentClass::getEntityName))
                .forEach(entity -> {
                    if (entity.getIdentifierProperty() != null) {
                        add(declared, entity.getIdentifierProperty());
                    }
                    addAll(declared, entity.getMappedClass(), entity.getProperties());
                });
        List<Column> columns = new ArrayList<>(table.getColumns());
        columns.sort(Comparator.comparingInt(c -> rank(declared, c.getName())));
        return columns;
    }

    private static void addAll(List<String> declared, Class<?> type, List<Property> properties) {
        List<String> fields = fieldsTopDown(type);
        properties.stream().sorted(Comparator.comparingInt(p -> rank(fields, p.getName()))).forEach(p -> add(declared, p));
    }

    private static void add(List<String> declared, Property property) {
        if (property.getValue() instanceof Component component && component.getComponentClass() != null) {
            addAll(declared, component.getComponentClass(), component.getProperties());
        } else {
            // Selectables, not getColumns(): a @Formula property has none to declare, and getColumns() throws on it.
            property.getValue().getSelectables().forEach(s -> {
                if (s instanceof Column column) {
                    declared.add(column.getName());
                }
            });
        }
    }

    private static List<String> fieldsTopDown(Class<?> type) {
        List<String> names = new ArrayList<>();
        if (type != null && type != Object.class) {
            names.addAll(fieldsTopDown(type.getSuperclass()));
            for (Field field : type.getDeclaredFields()) {
                names.add(field.getName());
            }
        }
        return names;
    }

    private static int rank(List<String> names, String name) {
        int index = names.indexOf(name);
        return index < 0 ? Integer.MAX_VALUE : index;
    }

    private static int depth(PersistentClass entity) {
        return entity.getSuperclass() == null ? 0 : 1 + depth(entity.getSuperclass());
    }
}
