package io.strata.core.internal.schema;

import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.EnumeratedValue;

import org.hibernate.boot.Metadata;
import org.hibernate.dialect.Dialect;
import org.hibernate.mapping.BasicValue;
import org.hibernate.mapping.CheckConstraint;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.mapping.Selectable;
import org.hibernate.type.BasicType;

/**
 * The checks the models imply. Hibernate adds an unnamed check to enum columns
 * ({@code tier in ('GOLD',…)}, {@code status between 0 and 2}) and discriminator columns, but only on
 * some databases (MariaDB and H2 get a native {@code ENUM} type instead) and spelled per database.
 * Strata leaves those out and states its own, the same on every database: an enum column (plain
 * {@code @Enumerated}, no converter, no {@code @EnumeratedValue}) gets {@code ck_<table>_<column>}
 * with its constants' names ({@code STRING}) or their ordinal range ({@code ORDINAL}), as Hibernate's
 * would; discriminator columns get none.
 */
final class ImplicitChecks {

    private ImplicitChecks() {
    }

    /** The discriminator columns of the models' hierarchies. */
    static Set<Column> discriminatorColumns(Metadata metadata) {
        Set<Column> columns = Collections.newSetFromMap(new IdentityHashMap<>());
        for (PersistentClass entity : metadata.getEntityBindings()) {
            if (entity.getDiscriminator() != null) {
                for (Selectable selectable : entity.getDiscriminator().getSelectables()) {
                    if (selectable instanceof Column column) {
                        columns.add(column);
                    }
                }
            }
        }
        return columns;
    }

    /**
     * The condition an enum column implies: {@code tier IN ('BRONZE', 'SILVER', 'GOLD')} for a
     * {@code STRING} enum, {@code status BETWEEN 0 AND 2} for an {@code ORDINAL} one; none for other
     * columns, for an enum stored through a converter or {@code @EnumeratedValue}, or one without constants.
     */
    static Optional<String> enumCondition(Column column, Metadata metadata) {
        if (!(column.getValue() instanceof BasicValue value) || value.resolve().getValueConverter() != null) {
            return Optional.empty();
        }
        Class<?> type = value.resolve().getDomainJavaType().getJavaTypeClass();
        if (!type.isEnum() || type.getEnumConstants().length == 0 || hasEnumeratedValue(type)) {
            return Optional.empty();
        }
        Object[] constants = type.getEnumConstants();
        if (TypeMapping.isString(column.getSqlTypeCode(metadata))) {
            return Optional.of(column.getName() + " IN (" + Arrays.stream(constants)
                    .map(c -> "'" + ((Enum<?>) c).name().replace("'", "''") + "'").collect(Collectors.joining(", ")) + ")");
        }
        return Optional.of(column.getName() + " BETWEEN 0 AND " + (constants.length - 1));
    }

    private static boolean hasEnumeratedValue(Class<?> type) {
        return Arrays.stream(type.getDeclaredFields()).anyMatch(f -> f.isAnnotationPresent(EnumeratedValue.class));
    }

    /** Whether Hibernate made this check up for the column's type or discriminator (rather than the developer). */
    static boolean isImplicit(CheckConstraint check, Column column, Dialect dialect, Set<Column> discriminators) {
        if (check.isNamed()) {
            return false;
        }
        String condition = check.getConstraint().strip();
        String quoted = column.getQuotedName(dialect);
        if (discriminators.contains(column) && condition.startsWith(quoted + " in (")) {
            return true;
        }
        if (column.getValue() instanceof BasicValue value) {
            BasicType<?> type = value.resolve().getLegacyResolvedBasicType();
            String implied = type == null ? null : type.getCheckCondition(quoted, dialect);
            return implied != null && implied.strip().equals(condition);
        }
        return false;
    }
}
