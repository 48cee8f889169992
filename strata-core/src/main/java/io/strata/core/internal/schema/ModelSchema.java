package io.strata.core.internal.schema;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hibernate.boot.Metadata;
import org.hibernate.dialect.Dialect;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.ForeignKey;
import org.hibernate.mapping.Selectable;
import org.hibernate.mapping.UniqueKey;

import io.strata.core.internal.boot.HibernateBootstrap;
import io.strata.core.internal.boot.ImplicitNames;
import io.strata.core.internal.boot.NamingConvention;
import io.strata.core.internal.database.DatabaseType;
import io.strata.migrations.names.NameFitting;
import io.strata.migrations.schema.CheckConstraint;
import io.strata.migrations.schema.Index;
import io.strata.migrations.schema.PrimaryKey;
import io.strata.migrations.schema.ReferentialAction;
import io.strata.migrations.schema.Schema;
import io.strata.migrations.schema.ServerDefault;
import io.strata.migrations.schema.Table;
import io.strata.migrations.schema.UniqueConstraint;

/**
 * Converts Hibernate's boot model into the neutral {@link Schema}, naming every constraint by the
 * naming convention unless the developer named it. Enum columns get their values' check
 * ({@link ImplicitChecks#enumCondition}) unless turned off.
 */
public final class ModelSchema {

    private final Metadata metadata;
    private final Dialect dialect;
    private final NamingConvention names;

    private final java.util.Set<Column> discriminators;
    private final boolean enumChecks;

    private ModelSchema(Metadata metadata, NamingConvention names, boolean enumChecks) {
        this.metadata = metadata;
        this.enumChecks = enumChecks;
        this.dialect = metadata.getDatabase().getDialect();
        this.names = names;
        this.discriminators = ImplicitChecks.discriminatorColumns(metadata);
    }

    /** The neutral schema of the models, enum columns with their values' checks. */
    public static Schema of(Metadata metadata, NamingConvention names) {
        return of(metadata, names, true);
    }

    /** The neutral schema of the models; with {@code enumChecks}, enum columns get {@code ck_<table>_<column>}. */
    public static Schema of(Metadata metadata, NamingConvention names, boolean enumChecks) {
        return new ModelSchema(metadata, names, enumChecks).convert();
    }

    /**
     * The neutral schema of these model classes, from Hibernate's boot model alone (no session
     * factory, no connection); the same whichever kind of database is given.
     */
    public static Schema offline(DatabaseType kind, List<Class<?>> classes) {
        return HibernateBootstrap.withMetadata(kind, classes, m -> of(m, NamingConvention.portable()));
    }

    private Schema convert() {
        Map<String, Table> tables = new LinkedHashMap<>();
        List<org.hibernate.mapping.Table> mapped = new ArrayList<>(metadata.collectTableMappings());
        mapped.sort(Comparator.comparing(org.hibernate.mapping.Table::getName, String.CASE_INSENSITIVE_ORDER));
        for (org.hibernate.mapping.Table table : mapped) {
            if (table.isPhysicalTable() && !table.isView() && !table.isAbstractUnionTable()) {
                Table converted = table(table);
                tables.putIfAbsent(converted.name().toLowerCase(java.util.Locale.ROOT), converted);
            }
        }
        return Schema.of(tables.values());
    }

    private Table table(org.hibernate.mapping.Table source) {
        String name = source.getName();
        List<String> pkColumns = source.getPrimaryKey() == null ? List.of()
                : source.getPrimaryKey().getColumns().stream().map(Column::getName).toList();
        List<io.strata.migrations.schema.Column> columns = new ArrayList<>();
        List<UniqueConstraint> uniques = new ArrayList<>();
        List<CheckConstraint> checks = new ArrayList<>();
        for (Column column : orderedColumns(source, pkColumns)) {
            columns.add(column(column, pkColumns.contains(column.getName())));
            if (column.isUnique() && !pkColumns.equals(List.of(column.getName()))) {
                uniques.add(new UniqueConstraint(names.unique(name, List.of(column.getName())), List.of(column.getName())));
            }
            for (org.hibernate.mapping.CheckConstraint check : column.getCheckConstraints()) {
                if (!ImplicitChecks.isImplicit(check, column, dialect, discriminators)) {
                    checks.add(check(name, check, column.getName(), checks));
                }
            }
            if (enumChecks) {
                ImplicitChecks.enumCondition(column, metadata).ifPresent(condition -> checks.add(
                        check(name, new org.hibernate.mapping.CheckConstraint(condition), column.getName(), checks)));
            }
        }
        Table table = new Table(name, columns, pkColumns.isEmpty() ? null : new PrimaryKey(names.primaryKey(name), pkColumns),
                List.of(), List.of(), List.of(), List.of());
        for (UniqueKey key : source.getUniqueKeys().values()) {
            List<String> cols = key.getColumns().stream().map(Column::getName).toList();
            boolean duplicate = uniques.stream().anyMatch(u -> u.columns().equals(cols)) || cols.equals(pkColumns);
            if (!duplicate) {
                uniques.add(new UniqueConstraint(chosenOr(key.getName(), names.unique(name, cols)), cols));
            }
        }
        for (UniqueConstraint unique : uniques) {
            table = table.withUnique(unique);
        }
        for (ForeignKey fk : source.getForeignKeyCollection()) {
            if (fk.isCreationEnabled() && fk.isPhysicalConstraint()) {
                table = table.withForeignKey(foreignKey(name, fk));
            }
        }
        for (org.hibernate.mapping.Index index : source.getIndexes().values()) {
            List<String> cols = index.getSelectables().stream().map(Selectable::getText).toList();
            table = table.withIndex(new Index(chosenOr(index.getName(), names.index(name, cols)), cols, index.isUnique()));
        }
        for (org.hibernate.mapping.CheckConstraint check : source.getChecks()) {
            checks.add(check(name, check, null, checks));
        }
        for (CheckConstraint check : checks) {
            table = table.withCheck(check);
        }
        return table;
    }

    /** The primary key's columns, then the others as the models declare them. */
    private List<Column> orderedColumns(org.hibernate.mapping.Table source, List<String> pkColumns) {
        List<Column> declared = DeclaredOrder.of(source, metadata.getEntityBindings());
        List<Column> ordered = new ArrayList<>();
        for (String pk : pkColumns) {
            declared.stream().filter(c -> c.getName().equals(pk)).findFirst().ifPresent(ordered::add);
        }
        declared.stream().filter(c -> !pkColumns.contains(c.getName())).forEach(ordered::add);
        return ordered;
    }

    private io.strata.migrations.schema.Column column(Column column, boolean inPrimaryKey) {
        var converted = new io.strata.migrations.schema.Column(column.getName(), TypeMapping.neutral(column, dialect, metadata),
                column.isNullable() && !inPrimaryKey,
                column.getDefaultValue() == null ? null : ServerDefault.expression(column.getDefaultValue()),
                false);
        return column.isIdentity() ? converted.autoIncrementing() : converted;
    }

    private io.strata.migrations.schema.ForeignKey foreignKey(String table, ForeignKey fk) {
        List<String> cols = fk.getColumns().stream().map(Column::getName).toList();
        org.hibernate.mapping.Table referenced = fk.getReferencedTable();
        List<Column> refColumns = fk.isReferenceToPrimaryKey() || fk.getReferencedColumns().isEmpty()
                ? referenced.getPrimaryKey().getColumns() : fk.getReferencedColumns();
        ReferentialAction onDelete = switch (fk.getOnDeleteAction() == null
                ? org.hibernate.annotations.OnDeleteAction.NO_ACTION : fk.getOnDeleteAction()) {
            case CASCADE -> ReferentialAction.CASCADE;
            case SET_NULL -> ReferentialAction.SET_NULL;
            case SET_DEFAULT -> ReferentialAction.SET_DEFAULT;
            case RESTRICT -> ReferentialAction.RESTRICT;
            default -> ReferentialAction.NO_ACTION;
        };
        return new io.strata.migrations.schema.ForeignKey(
                chosenOr(fk.getName(), names.foreignKey(table, cols, referenced.getName())), cols, referenced.getName(),
                refColumns.stream().map(Column::getName).toList(), onDelete, ReferentialAction.NO_ACTION);
    }

    /**
     * A check named {@code ck_<table>_<name>} after the developer's name (kept as is when it starts
     * with {@code ck_}), else {@code ck_<table>_<column>} for a column's check and
     * {@code ck_<table>_<hash of the condition>} for a table's; a name already taken gets the hash too.
     */
    private CheckConstraint check(String table, org.hibernate.mapping.CheckConstraint check, String column,
            List<CheckConstraint> taken) {
        String condition = check.getConstraint();
        String name;
        if (check.isNamed()) {
            String given = check.getName();
            name = given.toLowerCase(java.util.Locale.ROOT).startsWith("ck_") ? names.fit(given) : names.check(table, given);
        } else {
            name = names.check(table, column != null ? column : NameFitting.hash(condition));
        }
        String chosen = name;
        if (taken.stream().anyMatch(c -> c.name().equalsIgnoreCase(chosen))) {
            name = names.fit(name + "_" + NameFitting.hash(condition));
        }
        return new CheckConstraint(name, condition);
    }

    private String chosenOr(String hibernateName, String conventionName) {
        return ImplicitNames.isImplicit(hibernateName) ? conventionName : hibernateName;
    }
}
